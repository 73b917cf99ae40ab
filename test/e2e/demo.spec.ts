// Demo data: loading it from the welcome screen fills the start page.
import { expect, test } from './fixtures.ts';

test('loading demo data shows the groups and the upcoming meetings on the start page', async ({ page, app }) => {
  await app.seedUser();
  await page.reload();
  await page.getByRole('button', { name: 'Läs in demodata' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  const groups = await app.callOk('groups.list', {});
  const upcoming = await app.callOk('meetings.upcoming', { limit: 10 });
  expect(groups.length).toBeGreaterThan(0);
  expect(upcoming.length).toBeGreaterThan(0);

  const groupSection = page.getByRole('region', { name: 'Dina grupper' });
  for (const group of groups) {
    await expect(groupSection.getByRole('link', { name: group.name, exact: true })).toBeVisible();
    // …and in the navigation rail.
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: group.name, exact: true })).toBeVisible();
  }

  const table = page.getByRole('table', { name: 'Kommande möten' });
  await expect(table.getByRole('row')).toHaveCount(upcoming.length + 1);
  const first = upcoming[0]!;
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow.getByRole('link', { name: first.date })).toBeVisible();
  await expect(firstRow).toContainText(first.groupName);
  if (first.startTime) await expect(firstRow).toContainText(first.startTime.replace(':', '.'));

  // The date links to the meeting page.
  await firstRow.getByRole('link', { name: first.date }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(first.date);
  await expect(page.getByRole('navigation', { name: 'Du är här' })).toContainText(first.groupName);

  if (process.env.SCREENSHOT_START) {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' }).click();
    await expect(table.getByRole('row')).toHaveCount(upcoming.length + 1);
    await page.screenshot({ path: process.env.SCREENSHOT_START, fullPage: true });
  }
});

test('"Föregående protokoll" links to the group\'s previous meeting', async ({ page, app }) => {
  await app.seedUser();
  await app.callOk('demo.load', { seed: 3 });
  const group = (await app.callOk('groups.list', {})).find((g) => g.kind === 'steering')!;
  const held = (await app.callOk('meetings.list', { groupId: group.id, statuses: ['approved'] })).sort((a, b) => a.date.localeCompare(b.date));
  const [previous, meeting] = held.slice(-2);
  await app.open(`/groups/${group.id}/meetings/${meeting!.id}`);

  await page.getByRole('navigation', { name: 'Dagordning' }).getByRole('button', { name: /Föregående protokoll/ }).click();
  const link = page.getByRole('link', { name: `mötet ${previous!.date}` });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(previous!.date);
});
