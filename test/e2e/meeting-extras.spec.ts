// The meeting page beyond the main journey: which items an other attendee attended (chosen by
// keyboard), the logged redaction of identity numbers from an approved protocol, and reordering
// the agenda by dragging with the mouse. Each result is proven to persist across a reload.
import { expectNoViolations } from './axe.ts';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import path from 'node:path';
import { applyPragmas } from '../../electron/core/db/open.ts';
import { markMeetingApproved, readApprovalSnapshot } from '../../electron/core/repositories/approval.ts';
import { expect, tabAndPress, tabTo, test, type AppServer } from './fixtures.ts';
import { heldMeeting } from './seed.ts';

/** The server's database file in its data folder (electron/core/core.ts, databaseFileName). */
const databaseFile = (app: AppServer) => path.join(app.dataDir, 'protokollet.sqlite');


const agendaList = (page: Page) => page.getByRole('list', { name: 'Dagordningens punkter' });

/** The agenda as shown: "§ 1 Mötets öppnande", … */
async function shownAgenda(page: Page): Promise<string[]> {
  const texts = await agendaList(page).getByRole('button').allTextContents();
  return texts.map((text) => text.replace(/^(§ \d+)/, '$1 '));
}

test('the items an other attendee attended are chosen by keyboard and kept', async ({ page, app }) => {
  const { meeting, route } = await heldMeeting(app);
  await app.callOk('otherAttendees.create', { meetingId: meeting.id, name: 'Eva Strand', title: 'Jurist' });
  await app.open(route);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+N');
  const others = page.getByRole('table', { name: 'Övriga närvarande' });
  await expect(others.getByRole('row', { name: /Eva Strand/ })).toContainText('Hela mötet');

  await tabAndPress(page, others.getByRole('button', { name: 'Välj punkter som Eva Strand närvarade vid' }));
  const dialog = page.getByRole('dialog', { name: 'Punkter som Eva Strand närvarade vid' });
  await expect(dialog.getByRole('radio', { name: 'Hela mötet' })).toBeFocused();
  await expect(dialog.getByRole('checkbox', { name: '§ 2 Val av justerare' })).toBeDisabled();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'Vissa punkter' })).toBeChecked();
  await expectNoViolations(page);

  // Some items but none chosen: the dialog says what to do and keeps the choice open.
  await tabAndPress(page, dialog.getByRole('button', { name: 'Spara' }));
  await expect(dialog.getByRole('alert')).toHaveText('Välj minst en punkt, eller välj Hela mötet.');
  await expect(dialog.getByRole('checkbox', { name: '§ 1 Mötets öppnande' })).toBeFocused();
  for (const name of ['§ 2 Val av justerare', '§ 3 Godkännande av dagordningen']) {
    await tabTo(page, dialog.getByRole('checkbox', { name }));
    await page.keyboard.press('Space');
    await expect(dialog.getByRole('checkbox', { name })).toBeChecked();
  }
  await tabAndPress(page, dialog.getByRole('button', { name: 'Spara' }));
  await expect(dialog).toBeHidden();
  await expect(others.getByRole('row', { name: /Eva Strand/ })).toContainText('§ 2, § 3');

  // Chosen before adding: a second guest who attended § 4 only.
  await page.getByRole('textbox', { name: 'Namn' }).fill('Olle Ring');
  await tabAndPress(page, page.getByRole('button', { name: 'Närvarade vid: Hela mötet' }));
  const newDialog = page.getByRole('dialog', { name: 'Punkter som den nya deltagaren närvarade vid' });
  await expect(newDialog.getByRole('radio', { name: 'Hela mötet' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(newDialog.getByRole('radio', { name: 'Vissa punkter' })).toBeChecked();
  await tabTo(page, newDialog.getByRole('checkbox', { name: /^§ 4 / }));
  await page.keyboard.press('Space');
  await tabAndPress(page, newDialog.getByRole('button', { name: 'Spara' }));
  await expect(newDialog).toBeHidden();
  await tabAndPress(page, page.getByRole('button', { name: 'Lägg till övrig närvarande' }));
  await expect(others.getByRole('row', { name: /Olle Ring/ })).toContainText('§ 4');
  await expect(page.getByRole('button', { name: 'Närvarade vid: Hela mötet' })).toBeVisible();

  // Stored: after a reload, and through the API.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+N');
  await expect(others.getByRole('row', { name: /Eva Strand/ })).toContainText('§ 2, § 3');
  await expect(others.getByRole('row', { name: /Olle Ring/ })).toContainText('§ 4');
  const detail = await app.callOk('meetings.detail', { id: meeting.id });
  const idsOf = (...sections: number[]) => detail.items.filter((i) => sections.includes(i.sectionNumber ?? 0)).map((i) => i.id).sort();
  const attended = (name: string) => [...detail.otherAttendees.find((o) => o.name === name)!.agendaItemIds].sort();
  expect(attended('Eva Strand')).toEqual(idsOf(2, 3));
  expect(attended('Olle Ring')).toEqual(idsOf(4));
});

test('identity numbers in an approved protocol are removed by the logged redaction', async ({ page, app }) => {
  test.setTimeout(180_000); // three axe scans on a loaded machine
  const { meeting, today, route } = await heldMeeting(app);
  const child = '20150312-2382';
  const item = await app.callOk('agendaItems.create', { meetingId: meeting.id, title: 'Samverkan kring en elev' });
  await app.callOk('decisions.create', { agendaItemId: item.id, text: `Styrgruppen beslutar att utreda stödet till eleven ${child}.` });
  // The guard refuses to send this protocol for approval ...
  expect(await app.call('meetings.sendForApproval', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  // ... so it is approved the way protocols approved before the guard existed were, as in
  // test/db/privacy.test.ts: the frozen copy and the lock written to the database directly.
  const db = new Database(databaseFile(app));
  try {
    applyPragmas(db);
    const approvedAt = new Date().toISOString();
    const approvedBy = { name: 'Anna Berg', title: 'Nämndsekreterare' };
    const copy = readApprovalSnapshot(db, meeting.id, { approvedAt, approvedBy });
    expect(markMeetingApproved(db, meeting.id, { approvedAt, approvedByName: approvedBy.name, approvedByTitle: approvedBy.title, approvedCopy: copy }, approvedAt)).not.toBeNull();
  } finally {
    db.close();
  }

  await app.open(route);
  await expect(page.getByText('Justerat', { exact: true })).toBeVisible();
  const warning = page.getByText('Det justerade protokollet innehåller något som ser ut som personnummer');
  await expect(warning).toContainText(`§ ${item.sectionNumber}`);
  expect((await app.callOk('meetings.approvedCopy', { id: meeting.id })).redactions).toEqual([]);
  await expect(page.getByRole('region', { name: 'Borttagna personuppgifter' })).toHaveCount(0);

  await tabAndPress(page, page.getByRole('button', { name: 'Ta bort personuppgifter …' }));
  const dialog = page.getByRole('dialog', { name: 'Ta bort personuppgifter ur det justerade protokollet?' });
  await expect(dialog).toContainText('i det justerade exemplaret, i ändringsloggen och i sökindexet');
  await expect(dialog).toContainText('säkerhetskopior som gjordes före borttagningen ändras inte');
  await expect(dialog).toContainText('Den kan inte ångras.');
  const reason = dialog.getByRole('textbox', { name: 'Skäl till borttagningen' });
  await expect(reason).toBeFocused();
  await expectNoViolations(page);

  // No reason: the API's message shows at the field, and nothing is removed.
  await tabAndPress(page, dialog.getByRole('button', { name: 'Ta bort och logga' }));
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText('Fältet måste fyllas i.');
  await expect(reason).toBeFocused();
  await expectNoViolations(page);
  expect(JSON.stringify(await app.callOk('meetings.detail', { id: meeting.id }))).toContain(child);

  await page.keyboard.type('Elevens personnummer stod i beslutet.');
  await tabAndPress(page, dialog.getByRole('button', { name: 'Ta bort och logga' }));
  await expect(dialog).toBeHidden();
  await expect(warning).toBeHidden();
  const log = page.getByRole('region', { name: 'Borttagna personuppgifter' });
  await expect(log).toContainText(`Borttaget ${today} av Anna Berg, Nämndsekreterare`);
  await expect(log).toContainText('Skäl: Elevens personnummer stod i beslutet.');
  await expect(log).toContainText('Ersatta uppgifter: 1 i protokollets text, 1 i det justerade exemplaret');
  await expect(log.getByRole('heading', { name: 'Borttagna personuppgifter' })).toBeFocused();

  // The protocol shows the marker where the number was, also after a reload.
  await page.reload();
  await expect(log).toBeVisible();
  await expect(warning).toHaveCount(0);
  await tabAndPress(page, agendaList(page).getByRole('button', { name: `§ ${item.sectionNumber} Samverkan kring en elev` }));
  const decision = page.getByRole('article', { name: /Beslut 1/ });
  await expect(decision).toContainText('Styrgruppen beslutar att utreda stödet till eleven [uppgift borttagen].');
  await expect(page.locator('body')).not.toContainText(child);
  await expectNoViolations(page);

  const approved = await app.callOk('meetings.approvedCopy', { id: meeting.id });
  expect(approved.hashVerified).toBe(true);
  expect(approved.redactions).toHaveLength(1);
  expect(JSON.stringify(approved.copy)).not.toContain(child);
});

test('agenda items are reordered by dragging with the mouse, and the order is kept', async ({ page, app }) => {
  const { meeting, route } = await heldMeeting(app);
  await app.callOk('agendaItems.create', { meetingId: meeting.id, title: 'Skolsociala team' });
  await app.callOk('agendaItems.create', { meetingId: meeting.id, title: 'Samordnare för Omlottgruppen' });
  await app.open(route);
  const before = (await app.callOk('meetings.detail', { id: meeting.id })).items.map((i) => i.title);
  await expect.poll(() => shownAgenda(page)).toEqual(before.map((title, i) => `§ ${i + 1} ${title}`));

  const entry = (title: string) => agendaList(page).getByRole('button', { name: new RegExp(`^§ \\d+ ${title}`) });
  const expected = [...before];
  const move = (title: string, onto: string) => {
    const from = expected.indexOf(title);
    const to = expected.indexOf(onto);
    expected.splice(from, 1);
    expected.splice(to, 0, title);
  };

  // Upwards: the dragged item takes the place of the one it is dropped on.
  await entry('Samordnare för Omlottgruppen').dragTo(entry('Mötets öppnande'));
  move('Samordnare för Omlottgruppen', 'Mötets öppnande');
  await expect.poll(() => shownAgenda(page)).toEqual(expected.map((title, i) => `§ ${i + 1} ${title}`));
  await expect(page.getByText('Samordnare för Omlottgruppen flyttad till plats 1.')).toBeAttached();

  // Downwards: it lands after the item it is dropped on.
  await entry('Val av justerare').dragTo(entry('Skolsociala team'));
  move('Val av justerare', 'Skolsociala team');
  const final = expected.map((title, i) => `§ ${i + 1} ${title}`);
  await expect.poll(() => shownAgenda(page)).toEqual(final);

  await page.reload();
  await expect.poll(() => shownAgenda(page)).toEqual(final);
  const stored = (await app.callOk('meetings.detail', { id: meeting.id })).items;
  expect(stored.map((i) => `§ ${i.sectionNumber} ${i.title}`)).toEqual(final);
});
