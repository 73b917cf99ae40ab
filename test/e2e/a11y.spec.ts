// Automated accessibility scan (axe-core, WCAG 2.0 A/AA and 2.1 AA) of the main screens.
import { expectNoViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

test('first-run screen', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Kom igång med Protokollet' })).toBeVisible();
  await expectNoViolations(page);
});

test('welcome screen', async ({ page, app }) => {
  await app.seedUser();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Protokollet' })).toBeVisible();
  await expectNoViolations(page);
});

test.describe('with demo data', () => {
  test.beforeEach(async ({ page, app }) => {
    await app.seedUser();
    await app.callOk('demo.load', {});
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  });

  test('start page', async ({ page }) => {
    await expect(page.getByRole('table', { name: 'Kommande möten' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('group page', async ({ page, app }) => {
    const [group] = await app.callOk('groups.list', {});
    await app.open(`/groups/${group!.id}`);
    await expect(page.getByRole('heading', { level: 1, name: group!.name })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Medlemmar' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Kommande möten' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('people and organisations page', async ({ page, app }) => {
    await app.open(`/registry`);
    await expect(page.getByRole('table', { name: 'Personer' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Organisationer' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('meeting page and the planning dialog', async ({ page, app }) => {
    const [meeting] = await app.callOk('meetings.upcoming', { limit: 1 });
    await app.open(`/groups/${meeting!.groupId}/meetings/${meeting!.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(meeting!.date);
    await expectNoViolations(page);

    await app.open(`/groups/${meeting!.groupId}`);
    await page.getByRole('button', { name: 'Planera ett möte' }).click();
    await expect(page.getByRole('dialog', { name: 'Planera ett möte' })).toBeVisible();
    await expectNoViolations(page);
  });
});
