// Översikt with demo data: the figures shown are those of dashboard.get, the charts have names
// and their numbers as tables, a row links to its meeting, one group can be chosen, and the
// report to a committee is made by keyboard and read back as a real .docx. Axe-scanned.
import type { Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import fs from 'node:fs';
import type { Dashboard } from '../../shared/contract/index.ts';
import { expectNoViolations } from './axe.ts';
import { expect, tabAndPress, test, type AppServer } from './fixtures.ts';

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);

/** The tile's number, below its label. */
const tileValue = (page: Page, label: string): Locator =>
  page.getByRole('list', { name: 'Nyckeltal' }).getByRole('listitem').filter({ hasText: label }).locator('p').nth(1);

async function expectFigures(page: Page, d: Dashboard) {
  await expect(tileValue(page, 'Öppna uppdrag')).toHaveText(String(d.openActions));
  await expect(tileValue(page, 'Försenade')).toHaveText(String(d.overdueActions));
  await expect(tileValue(page, 'Avslutade')).toHaveText(String(d.closedActions));
  await expect(tileValue(page, 'Mediantid till avslut')).toHaveText(d.medianDaysToClosure === null ? '–' : `${String(d.medianDaysToClosure).replace('.', ',')} dagar`);
  await expect(tileValue(page, 'Uppföljda vid senaste mötet')).toHaveText(percent(d.followUpRate).replace(' ', '\u00a0'));
  await expect(tileValue(page, 'Beslut utan uppdrag')).toHaveText(String(d.decisionsWithoutAction.count));
  await expect(tileValue(page, 'Beslut utan mottagare')).toHaveText(String(d.decisionsWithoutRecipient.count));

  const byOrganisation = page.getByRole('table', { name: 'Uppdrag per organisation', exact: true });
  await expect(byOrganisation.getByRole('row')).toHaveCount(d.byOrganisation.length + 1);
  for (const [i, row] of d.byOrganisation.entries()) {
    const name = row.organisationName ?? 'Gruppen själv (ingen organisation)';
    await expect(byOrganisation.getByRole('row').nth(i + 1).getByRole('cell')).toHaveText([name, String(row.open), String(row.overdue), String(row.closed)]);
  }
  const trend = page.getByRole('table', { name: 'Nya, avslutade och försenade uppdrag per månad' });
  await expect(trend.getByRole('row')).toHaveCount(13);
  const last = d.trend.at(-1)!;
  await expect(trend.getByRole('row').last().getByRole('cell').nth(3)).toHaveText(String(last.overdueAtMonthEnd));
  await expect(page.getByRole('table', { name: 'Äldsta öppna uppdrag' }).getByRole('row')).toHaveCount(d.oldestOpenActions.length + 1);
}

async function openDashboard(page: Page, app: AppServer) {
  await app.seedUser();
  await app.callOk('demo.load', { seed: 1 });
  await app.open('/');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
}

test('the dashboard shows the figures of the database, with named charts and their tables', async ({ page, app }) => {
  await openDashboard(page, app);
  const all = await app.callOk('dashboard.get', {});
  expect(all.overdueActions).toBeGreaterThan(0);
  await expectFigures(page, all);

  // Each chart is one image with a name, drawn by recharts; its numbers are a table that the toggle shows.
  const trendChart = page.getByRole('img', { name: 'Linjediagram: nya, avslutade och försenade uppdrag per månad de senaste tolv månaderna' });
  await expect(trendChart.locator('.recharts-wrapper')).toBeVisible();
  await expect(trendChart.locator('.recharts-line')).toHaveCount(3);
  const barChart = page.getByRole('img', { name: 'Stapeldiagram: öppna, försenade och avslutade uppdrag per organisation' });
  await expect(barChart.locator('.recharts-bar')).toHaveCount(3);
  // SCREENSHOTS=1 refreshes the README's picture of the dashboard.
  if (process.env.SCREENSHOTS) await page.screenshot({ path: 'docs/screenshot-dashboard.png', fullPage: true });
  const trendTable = page.getByRole('table', { name: 'Nya, avslutade och försenade uppdrag per månad' });
  // Until shown, the table is there for screen readers only (a 1 px clipped box).
  const tableBox = page.locator('#dashboard-trend-table');
  expect((await tableBox.boundingBox())!.height).toBeLessThanOrEqual(1);
  const toggle = page.getByRole('region', { name: 'Utveckling per månad' }).getByRole('button', { name: 'Visa som tabell' });
  await tabAndPress(page, toggle, { key: 'Space' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await tableBox.boundingBox())!.height).toBeGreaterThan(100);
  await expect(trendTable.getByRole('row').nth(1)).toBeVisible();
  await expectNoViolations(page);

  // One group: the steering group's own figures.
  const steering = (await app.callOk('groups.list', {})).find((g) => g.kind === 'steering')!;
  await page.getByRole('combobox', { name: 'Visa' }).selectOption({ label: steering.name });
  const one = await app.callOk('dashboard.get', { groupId: steering.id });
  await expect(page.getByRole('table', { name: 'Uppföljning vid senaste mötet' }).getByRole('row')).toHaveCount(2);
  await expectFigures(page, one);

  // The oldest open action links to the meeting where it was decided.
  const oldest = one.oldestOpenActions[0]!;
  await page.getByRole('table', { name: 'Äldsta öppna uppdrag' }).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/groups/${oldest.groupId}/meetings/${oldest.meetingId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(oldest.decidedOn);
});

test('the report to a committee is made from the dashboard by keyboard', async ({ page, app }) => {
  await openDashboard(page, app);
  const { today } = await app.callOk('dashboard.get', {});
  const from = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const to = `${today.slice(0, 4)}-12-31`;

  await tabAndPress(page, page.getByRole('button', { name: 'Rapport till nämnd' }));
  const dialog = page.getByRole('dialog', { name: 'Rapport till nämnd' });
  await expect(dialog).toBeVisible();
  // The committees are offered; this year is the default period.
  const committee = dialog.getByRole('combobox', { name: 'Nämnd' });
  await expect(committee.getByRole('option')).toHaveText(['Barn- och utbildningsnämnden', 'Socialnämnden']);
  await expect(dialog.getByRole('textbox', { name: 'Till och med' })).toHaveValue(to);
  await expect(dialog.getByRole('textbox', { name: 'Från och med' })).toHaveValue(`${today.slice(0, 4)}-01-01`);
  await expectNoViolations(page);

  await committee.focus();
  await committee.selectOption({ label: 'Socialnämnden' });
  const fromField = dialog.getByRole('textbox', { name: 'Från och med' });
  await fromField.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(from);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  await expect(dialog).toBeHidden();
  expect(file.suggestedFilename()).toBe(`Rapport till Socialnämnden ${from}–${to}.docx`);
  await expect(page.getByRole('status').filter({ hasText: 'Sparade' })).toContainText(file.suggestedFilename());

  const zip = await JSZip.loadAsync(fs.readFileSync((await file.path())!));
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
  for (const expected of ['Rapport till nämnd', 'Beslut som har expedierats till nämnden', 'Nämndens uppdrag', 'Bilaga: Protokollsutdrag', 'Rätt utdraget intygar', 'Expedieras till: Socialnämnden']) {
    expect(text).toContain(expected);
  }
  await expectNoViolations(page);
});
