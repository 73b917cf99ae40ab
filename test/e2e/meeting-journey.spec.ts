// The secretary's journey on the meeting page: plan, build the agenda, start, attendance, notes,
// decisions and action items, send for approval, approve, then prove the protocol is locked in the
// UI and through the API, and that a correction shows. Every screen of the journey is axe-scanned.
// Plus: text is saved by itself — once "Sparat" shows, killing the server (SIGKILL) loses nothing.
import { expectNoViolations } from './axe.ts';
import type { Page } from '@playwright/test';
import { expect, test, type AppServer } from './fixtures.ts';

async function seedRegistry(app: AppServer) {
  await app.seedUser({ name: 'Maja Persson', title: 'Nämndsekreterare' });
  const sof = await app.callOk('organisations.create', { name: 'Socialförvaltningen', shortName: 'SOF', kind: 'administration' });
  const sff = await app.callOk('organisations.create', { name: 'Skol- och fritidsförvaltningen', shortName: 'SFF', kind: 'administration' });
  await app.callOk('organisations.create', { name: 'Barn- och utbildningsnämnden', shortName: 'BUN', kind: 'committee' });
  const person = (name: string, title: string, organisationId: string) => app.callOk('people.create', { name, title, email: null, phone: null, organisationId });
  const karin = await person('Karin Ek', 'Utbildningsdirektör', sff.id);
  const johan = await person('Johan Berg', 'Socialdirektör', sof.id);
  const lena = await person('Lena Holm', 'Chef elevhälsan', sff.id);
  const ali = await person('Ali Demir', 'Avdelningschef', sof.id);
  const maja = await person('Maja Persson', 'Nämndsekreterare', sff.id);
  const group = await app.callOk('groups.create', { name: 'Styrgruppen skola–socialtjänst', kind: 'steering' });
  await app.callOk('groups.create', { name: 'Omlottgruppen', kind: 'operative', parentGroupId: group.id });
  const member = (personId: string, organisationId: string, role: 'chair' | 'vice_chair' | 'member' | 'secretary') =>
    app.callOk('memberships.create', { groupId: group.id, personId, organisationId, role });
  await member(karin.id, sff.id, 'chair');
  await member(johan.id, sof.id, 'vice_chair');
  await member(lena.id, sff.id, 'member');
  await member(ali.id, sof.id, 'member');
  await member(maja.id, sff.id, 'secretary');
  return { group };
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Sparat$/ });

test('a secretary plans, writes, approves and corrects a protocol', async ({ page, app }) => {
  test.setTimeout(360_000); // the whole journey with seven axe scans; slow on a loaded 2-core machine
  const { group } = await seedRegistry(app);
  const { today } = await app.callOk('app.status', {});

  // Plan the meeting in the UI.
  await app.open(`/groups/${group.id}`);
  await page.getByRole('button', { name: 'Planera ett möte' }).click();
  const planDialog = page.getByRole('dialog', { name: 'Planera ett möte' });
  await planDialog.getByRole('textbox', { name: 'Datum' }).fill(today);
  await planDialog.getByRole('textbox', { name: 'Starttid' }).fill('13.00');
  await planDialog.getByRole('textbox', { name: 'Sluttid' }).fill('15.00');
  await planDialog.getByRole('textbox', { name: 'Plats' }).fill('Stadshuset, sal Kärnan');
  await planDialog.getByRole('button', { name: 'Planera mötet' }).click();
  await expect(planDialog).toBeHidden();
  await page.getByRole('table', { name: 'Kommande möten' }).getByRole('link', { name: `Öppna mötet ${today}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Styrgruppen skola–socialtjänst ${today}`);
  const agenda = page.getByRole('list', { name: 'Dagordningens punkter' });
  await expect(agenda).toContainText('Mötets öppnande');
  await expect(agenda).toContainText('Föregående protokoll');

  // Build the agenda: two matters (Alt+P), the second moved above the first by keyboard.
  const title = page.getByRole('textbox', { name: 'Rubrik' });
  await page.getByRole('button', { name: 'Ny punkt' }).click();
  await expect(title).toHaveValue('Nytt ärende');
  await title.fill('Samordnare för Omlottgruppen');
  await title.blur();
  await expect(saved(page)).toBeVisible();
  await expect(agenda).toContainText('Samordnare för Omlottgruppen');
  await page.keyboard.press('Alt+P');
  await expect(title).toHaveValue('Nytt ärende');
  await title.fill('Skolsociala team – fortsatt arbete');
  await expect(saved(page)).toBeVisible();
  await expect(agenda.getByRole('button', { name: /Skolsociala team/ })).toBeVisible();
  const entries = agenda.getByRole('button');
  const titles = async () => (await entries.allTextContents()).map((s) => s.replace(/^§ \d+/, '').trim());
  const before = await titles();
  const first = before.indexOf('Samordnare för Omlottgruppen');
  expect(before[first + 1]).toBe('Skolsociala team – fortsatt arbete');
  await agenda.getByRole('button', { name: /Skolsociala team/ }).focus();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(titles).toEqual([...before.slice(0, first), 'Skolsociala team – fortsatt arbete', 'Samordnare för Omlottgruppen', ...before.slice(first + 2)]);
  await expect(agenda.getByRole('button', { name: /Skolsociala team/ })).toBeFocused();

  // Start the meeting: the items get their (provisional) § numbers.
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await expect(page.getByText('Utkast', { exact: true })).toBeVisible();
  await expect(agenda.getByRole('button', { name: /^§ 1 Mötets öppnande/ })).toBeVisible();
  await expectNoViolations(page);

  // Attendance and roles, one step away (Alt+N).
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { level: 2, name: 'Närvaro och roller' })).toBeVisible();
  await page.getByRole('button', { name: 'Fyll i från gruppens medlemmar' }).click();
  const members = page.getByRole('table', { name: 'Ledamöter' });
  await expect(members.getByRole('row')).toHaveCount(6);
  await members.getByRole('combobox', { name: 'Närvaro för Ali Demir' }).selectOption('absent');
  await expect(members.getByRole('combobox', { name: 'Närvaro för Ali Demir' })).toHaveValue('absent');
  await members.getByRole('combobox', { name: 'Närvaro för Lena Holm' }).selectOption('substitute');
  await expect(members.getByRole('combobox', { name: 'Lena Holm ersätter' })).toHaveValue(/.+/);
  await expect(members.getByRole('combobox', { name: 'Lena Holm ersätter' }).locator('option:checked')).toHaveText('Ali Demir');
  await page.getByRole('textbox', { name: 'Namn' }).fill('Eva Strand');
  await page.getByRole('textbox', { name: 'Titel' }).fill('Jurist');
  await page.getByRole('button', { name: 'Lägg till övrig närvarande' }).click();
  await expect(page.getByRole('table', { name: 'Övriga närvarande' })).toContainText('Eva Strand');
  await page.getByRole('combobox', { name: 'Ordförande' }).selectOption({ label: 'Karin Ek' });
  await expect(saved(page)).toBeVisible();
  await page.getByRole('combobox', { name: 'Sekreterare' }).selectOption({ label: 'Maja Persson' });
  await expect(saved(page)).toBeVisible();
  await page.getByRole('combobox', { name: 'Justerare', exact: true }).selectOption({ label: 'Johan Berg' });
  await expect(saved(page)).toBeVisible();
  await expectNoViolations(page);

  // Notes in the rich-text editor.
  await agenda.getByRole('button', { name: /Skolsociala team/ }).click();
  const notes = page.getByRole('textbox', { name: 'Anteckningar' });
  await notes.click();
  await page.keyboard.type('Pilotprojektet har avrapporterats. ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('Gränsdragningen');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' behöver klargöras.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^Punktlista/ }).click();
  // The toolbar hands focus back to the editor on the next animation frame: wait for it.
  await expect(notes).toBeFocused();
  await page.keyboard.type('Skollagen');
  await expect(saved(page)).toBeVisible();
  await expect(notes.locator('strong')).toHaveText('Gränsdragningen');
  await expect(notes.locator('ul li')).toHaveText('Skollagen');

  // A basis document (beslutsunderlag) with its diarienummer.
  await page.getByRole('textbox', { name: 'Underlagets titel' }).fill('Slutrapport pilotprojekt skolsociala team');
  await page.getByRole('textbox', { name: 'Referens (t.ex. diarienummer)' }).fill('SOF 2025/311');
  await page.getByRole('button', { name: 'Lägg till underlag' }).click();
  await expect(page.getByRole('region', { name: 'Beslutsunderlag' })).toContainText('Slutrapport pilotprojekt skolsociala team, SOF 2025/311');
  await page.locator('body').focus();

  // Decision 1 by shortcut: the cursor lands in its text, after the stock phrase.
  await page.keyboard.press('Alt+B');
  const decision1 = page.getByRole('textbox', { name: 'Beslut 1' });
  await expect(decision1).toBeFocused();
  await expect(decision1).toHaveValue('Styrgruppen beslutar att ');
  await page.keyboard.type('respektive förvaltnings jurister gemensamt ska konsulteras.');
  await expect(saved(page)).toBeVisible();
  const recipients = page.getByRole('combobox', { name: 'Expedieras till' });
  await recipients.click();
  await page.getByRole('menuitemcheckbox', { name: 'Barn- och utbildningsnämnden' }).click();
  await page.keyboard.press('Escape');
  await expect(recipients).toHaveValue('Barn- och utbildningsnämnden');
  await expectNoViolations(page);

  // Two action items on it (Alt+U opens the form with the cursor in its first field).
  const addAction = async (what: string, owner: string, due: string) => {
    await page.keyboard.press('Alt+U');
    const dialog = page.getByRole('dialog', { name: 'Nytt uppdrag' });
    const first = dialog.getByRole('textbox', { name: 'Uppdrag' });
    await expect(first).toBeFocused();
    await page.keyboard.type(what);
    await dialog.getByRole('combobox', { name: 'Ansvarig' }).selectOption({ label: owner });
    await dialog.getByRole('textbox', { name: 'Klart senast' }).fill(due);
    return dialog;
  };
  let dialog = await addAction('Samordna juridisk bedömning, skolans del', 'Lena Holm, Skol- och fritidsförvaltningen', 'inte ett datum');
  await dialog.getByRole('button', { name: 'Lägg till uppdraget' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Klart senast' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page);
  await dialog.getByRole('textbox', { name: 'Klart senast' }).fill('2026-12-31');
  await dialog.getByRole('button', { name: 'Lägg till uppdraget' }).click();
  await expect(dialog).toBeHidden();
  await page.locator('body').focus();
  dialog = await addAction('Samordna juridisk bedömning, socialtjänstens del', 'Johan Berg, Socialförvaltningen', '2026-12-31');
  await dialog.getByRole('button', { name: 'Lägg till uppdraget' }).click();
  await expect(dialog).toBeHidden();
  const actions1 = page.getByRole('table', { name: 'Uppdrag' });
  await expect(actions1.getByRole('row')).toHaveCount(3);
  await expect(actions1).toContainText('Lena Holm, Skol- och fritidsförvaltningen');

  // Decision 2 and a third action, owned by a group, under the other matter (Alt+↓ moves there).
  await page.locator('body').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: /Samordnare för Omlottgruppen/ })).toBeVisible();
  await page.keyboard.press('Alt+B');
  await expect(page.getByRole('textbox', { name: 'Beslut 1' })).toBeFocused();
  await page.keyboard.type('utse en samordnare för Omlottgruppen.');
  await expect(saved(page)).toBeVisible();
  dialog = await addAction('Utse samordnare', 'Omlottgruppen', '2026-12-15');
  await dialog.getByRole('button', { name: 'Lägg till uppdraget' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Uppdrag' })).toContainText('Omlottgruppen');
  await expect(agenda.getByRole('button', { name: /Samordnare för Omlottgruppen/ })).toContainText('1 uppdrag');

  // SCREENSHOTS=1 refreshes the README's pictures of the meeting page.
  if (process.env.SCREENSHOTS) {
    await agenda.getByRole('button', { name: /Skolsociala team/ }).click();
    await expect(page.getByRole('textbox', { name: 'Beslut 1' })).toBeVisible();
    await page.mouse.move(0, 0);
    await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
    await page.screenshot({ path: 'docs/screenshot-meeting-draft.png' });
  }

  // Send for approval, then approve (the dialog says it locks the protocol).
  await page.getByRole('button', { name: 'Skicka för justering' }).click();
  await expect(page.getByText('För justering', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Justera', exact: true }).click();
  const approve = page.getByRole('alertdialog', { name: 'Justera protokollet?' });
  await expect(approve).toContainText('låses');
  await expectNoViolations(page);
  await approve.getByRole('button', { name: 'Justera och lås' }).click();
  await expect(approve).toBeHidden();
  await expect(page.getByText(`Justerat ${today} av Maja Persson`)).toBeVisible();

  // Locked in the UI: no editable field anywhere in the protocol.
  const editable = page.locator('#item-fields').locator('input, textarea, select, [contenteditable="true"]');
  await expect(editable).toHaveCount(0);
  await agenda.getByRole('button', { name: /Skolsociala team/ }).click();
  await expect(page.getByRole('textbox', { name: 'Anteckningar' })).toHaveAttribute('contenteditable', 'false');
  await expect(editable).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ny punkt' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Närvaro och roller' }).click();
  await expect(page.getByRole('table', { name: 'Ledamöter' })).toContainText('Lena Holm ersätter Ali Demir');
  await expect(page.getByRole('table', { name: 'Övriga närvarande' })).toContainText('Eva Strand');
  await expect(editable).toHaveCount(0);
  await expectNoViolations(page);

  // Locked through the API.
  const detail = await app.callOk('meetings.detail', { id: (await app.callOk('meetings.list', { groupId: group.id }))[0]!.id });
  const item = detail.items.find((i) => i.title.startsWith('Skolsociala'))!;
  const refusals = await Promise.all([
    app.call('agendaItems.update', { id: item.id, title: 'Ändrad' }),
    app.call('agendaItems.setNotes', { id: item.id, notes: { type: 'doc', content: [] } }),
    app.call('decisions.update', { id: item.decisions[0]!.id, text: 'Ändrat' }),
    app.call('actions.delete', { id: item.decisions[0]!.actions[0]!.id }),
  ]);
  for (const result of refusals) expect(result.ok ? 'ok' : result.error.code).toBe('LOCKED');

  // A correction appears with the item; the original text stays.
  await agenda.getByRole('button', { name: /Skolsociala team/ }).click();
  await page.getByRole('button', { name: 'Rättelse' }).click();
  const correction = page.getByRole('dialog', { name: 'Ny rättelse' });
  await correction.getByRole('textbox', { name: 'Vad rättas, och hur ska det lyda?' }).fill('Återrapportering sker i november, inte oktober.');
  await correction.getByRole('textbox', { name: 'Varför?' }).fill('Fel månad i protokollet.');
  await correction.getByRole('button', { name: 'Spara rättelsen' }).click();
  await expect(correction).toBeHidden();
  const corrections = page.getByRole('region', { name: 'Rättelser' });
  await expect(corrections).toContainText('Återrapportering sker i november');
  await expect(corrections).toContainText('Fel månad i protokollet.');
  await expect(page.getByRole('article', { name: /Beslut 1/ })).toContainText('respektive förvaltnings jurister');
  await expectNoViolations(page);
  if (process.env.SCREENSHOTS) {
    await page.mouse.move(0, 0);
    await page.screenshot({ path: 'docs/screenshot-meeting-approved.png' });
  }
});

test('notes are kept once "Sparat" shows, even if the server is killed', async ({ page, app }) => {
  const { group } = await seedRegistry(app);
  const meeting = await app.callOk('meetings.create', { groupId: group.id, date: '2026-03-04' });
  await app.callOk('meetings.start', { id: meeting.id });
  const route = `/groups/${group.id}/meetings/${meeting.id}`;
  await app.open(route);
  const notes = page.getByRole('textbox', { name: 'Anteckningar' });
  await notes.click();
  await page.keyboard.type('Beslutet gäller från 1 januari.');
  await expect(saved(page)).toBeVisible();

  await app.killAndRestart(route);
  await expect(page.getByRole('textbox', { name: 'Anteckningar' })).toHaveText('Beslutet gäller från 1 januari.');
});

test('a personal identity number is flagged at the field and blocks sending for approval; drafts show on the start page; ? lists the shortcuts', async ({ page, app }) => {
  const { group } = await seedRegistry(app);
  const { today } = await app.callOk('app.status', {});
  const meeting = await app.callOk('meetings.create', { groupId: group.id, date: today });
  await app.callOk('meetings.start', { id: meeting.id });

  await app.open('/');
  const drafts = page.getByRole('table', { name: 'Utkast som väntar på justering' });
  await expect(drafts).toContainText(today);
  await expect(drafts).toContainText('Utkast');
  await drafts.getByRole('link', { name: today }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(today);

  await page.locator('body').focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Kortkommandon' });
  await expect(help).toContainText('Alt+B');
  await expect(help).toContainText('Nytt uppdrag');
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  const description = page.getByRole('textbox', { name: 'Ärendebeskrivning' });
  await description.fill('Eleven 19121212-1212 har diskuterats.');
  await description.blur();
  await expect(saved(page)).toBeVisible();
  await expect(page.getByText('Texten innehåller något som liknar ett personnummer')).toBeVisible();
  const send = page.getByRole('button', { name: 'Skicka för justering' });
  await expect(send).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText('Protokollet innehåller något som liknar ett personnummer')).toBeVisible();
  const refused = await app.call('meetings.sendForApproval', { id: meeting.id });
  expect(refused.ok).toBe(false);

  // Removing the number lifts the block.
  await description.fill('Ett ärende har diskuterats, avidentifierat.');
  await description.blur();
  await expect(page.getByText('Texten innehåller något som liknar ett personnummer')).toBeHidden();
  await expect(send).not.toHaveAttribute('aria-disabled', 'true');
});
