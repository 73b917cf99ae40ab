// The group's protocol settings on the group page, by keyboard: the standing agenda items (rename,
// add, move up, remove, a validation error at the item) and the first § number of a year (an
// invalid number, the refusal for a year with an approved protocol). A meeting planned afterwards
// gets the edited agenda, and once started its first item is § 14. The page is axe-scanned.
import { expectNoViolations } from './axe.ts';
import { expect, tabAndPress, tabTo, test, type AppServer } from './fixtures.ts';

/** A group with one approved protocol last year, so that year's numbers are fixed. */
async function seedGroup(app: AppServer, lastYear: number) {
  await app.seedUser({ name: 'Maja Persson', title: 'Nämndsekreterare' });
  const group = await app.callOk('groups.create', { name: 'Styrgruppen för barn och unga', kind: 'steering' });
  const org = await app.callOk('organisations.create', { name: 'Socialförvaltningen', shortName: 'SOF', kind: 'administration' });
  const chair = await app.callOk('people.create', { name: 'Karin Ek', title: 'Socialdirektör', email: null, phone: null, organisationId: org.id });
  const adjuster = await app.callOk('people.create', { name: 'Johan Berg', title: 'Avdelningschef', email: null, phone: null, organisationId: org.id });
  await app.callOk('memberships.create', { groupId: group.id, personId: chair.id, organisationId: org.id, role: 'chair' });
  await app.callOk('memberships.create', { groupId: group.id, personId: adjuster.id, organisationId: org.id, role: 'member' });
  const old = await app.callOk('meetings.create', { groupId: group.id, date: `${lastYear}-03-10` });
  await app.callOk('meetings.start', { id: old.id });
  await app.callOk('attendance.fillFromMembers', { meetingId: old.id });
  await app.callOk('meetings.update', { id: old.id, chairPersonId: chair.id, adjusterPersonIds: [adjuster.id] });
  await app.callOk('meetings.sendForApproval', { id: old.id });
  await app.callOk('meetings.approve', { id: old.id });
  return group;
}

const edited = [
  { title: 'Mötets öppnande', kind: 'opening' },
  { title: 'Val av justerare', kind: 'adjusters' },
  { title: 'Godkännande av dagordningen', kind: 'agenda_approval' },
  { title: 'Ekonomisk uppföljning', kind: 'matter' },
  { title: 'Uppföljning av beslut och uppdrag', kind: 'follow_up' },
  { title: 'Övriga frågor', kind: 'other_matters' },
  { title: 'Nästa sammanträde', kind: 'next_meeting' },
  { title: 'Mötets avslutande', kind: 'closing' },
];

test('a secretary edits the standing agenda and the first § number; a new meeting follows both', async ({ page, app }) => {
  test.setTimeout(300_000); // three axe scans and a meeting; slow on a loaded machine
  const { today } = await app.callOk('app.status', {});
  const year = Number(today.slice(0, 4));
  const group = await seedGroup(app, year - 1);
  const kb = page.keyboard;

  await app.open(`/groups/${group.id}`);
  await expect(page.getByRole('heading', { level: 1, name: group.name })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Inställningar för protokoll' })).toBeVisible();
  const template = page.getByRole('region', { name: 'Stående punkter på dagordningen' });
  await expect(template).toContainText('gäller möten som planeras från och med nu');
  const items = template.getByRole('list', { name: 'Stående punkter' });
  const titles = () => items.getByRole('textbox').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await expect.poll(titles).toEqual([
    'Mötets öppnande',
    'Val av justerare',
    'Godkännande av dagordningen',
    'Föregående protokoll',
    'Uppföljning av beslut och uppdrag',
    'Övriga frågor',
    'Nästa möte',
    'Mötets avslutande',
  ]);
  const saved = template.getByRole('status').filter({ hasText: /^Sparat$/ });

  // An empty title is refused, with the message at the item; the fix is saved by itself.
  const first = items.getByRole('textbox', { name: 'Rubrik för punkt 1' });
  await tabTo(page, first, { max: 80 });
  await kb.press('Control+A');
  await kb.press('Backspace');
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(items.getByRole('listitem').first()).toContainText('Fältet måste fyllas i.');
  await expect(template.getByRole('status')).toHaveText('Ej sparat – se meddelandet vid punkten');
  await expectNoViolations(page);
  await kb.type('Mötets öppnande');
  await expect(saved).toBeVisible();
  await expect(first).not.toHaveAttribute('aria-invalid', 'true');

  // Rename "Nästa möte".
  await tabTo(page, items.getByRole('textbox', { name: 'Rubrik för punkt 7' }));
  await kb.press('Control+A');
  await kb.type('Nästa sammanträde');

  // Add an item: it lands before the closing items, its title selected for typing over.
  await tabAndPress(page, template.getByRole('button', { name: 'Lägg till punkt' }));
  const added = items.getByRole('textbox', { name: 'Rubrik för punkt 6' });
  await expect(added).toBeFocused();
  await expect(added).toHaveValue('Ny punkt');
  await kb.type('Ekonomisk uppföljning');
  await expect(items.getByRole('combobox', { name: 'Typ av punkt 6' }).locator('option:checked')).toHaveText('Ärende');

  // Move it up one step; the focus stays on its button.
  const moveUp = items.getByRole('button', { name: 'Flytta upp Ekonomisk uppföljning' });
  await tabAndPress(page, moveUp);
  await expect(items.getByRole('textbox', { name: 'Rubrik för punkt 5' })).toHaveValue('Ekonomisk uppföljning');
  await expect(moveUp).toBeFocused();

  // Remove "Föregående protokoll"; the focus moves to the item that took its place.
  await tabAndPress(page, items.getByRole('button', { name: 'Ta bort Föregående protokoll' }), { backwards: true });
  await expect(items.getByRole('textbox', { name: 'Rubrik för punkt 4' })).toBeFocused();
  await expect(saved).toBeVisible();
  await expect.poll(titles).toEqual(edited.map((item) => item.title));
  expect(await app.callOk('groups.getAgendaTemplate', { groupId: group.id })).toEqual(edited);

  // The template is kept across a reload.
  await app.open(`/groups/${group.id}`);
  await expect.poll(titles).toEqual(edited.map((item) => item.title));

  // First § number: explained, an invalid number refused at the field, then 14 for this year.
  const starts = page.getByRole('region', { name: 'Första paragrafnummer' });
  await expect(starts).toContainText('börjar på § 1 varje år');
  await expect(starts).toContainText('Inga år har ett eget första nummer');
  const startForm = starts.getByRole('form', { name: 'Ange första paragrafnummer för ett år' });
  const yearField = startForm.getByRole('textbox', { name: 'År', exact: true });
  const numberField = startForm.getByRole('textbox', { name: 'Första paragrafnummer' });
  await expect(yearField).toHaveValue(String(year));
  // Long Tab walks are proven above; here focus starts in the form.
  await yearField.focus();
  await kb.press('Tab');
  await expect(numberField).toBeFocused();
  await kb.type('0');
  await kb.press('Enter');
  await expect(numberField).toHaveAttribute('aria-invalid', 'true');
  await expect(numberField).toBeFocused();
  await expect(startForm).toContainText('Ange ett paragrafnummer från 1 och uppåt.');
  await kb.press('Control+A');
  await kb.type('14');
  await kb.press('Enter');
  await expect(startForm.getByRole('status')).toHaveText(`Sparat. ${year} börjar på § 14.`);
  const startTable = starts.getByRole('table', { name: 'År med eget första paragrafnummer' });
  await expect(startTable.getByRole('row', { name: new RegExp(`${year}`) })).toContainText('§ 14');

  // Last year's numbers are fixed by its approved protocol: the core's Swedish message shows.
  await tabTo(page, yearField, { backwards: true });
  await kb.press('Control+A');
  await kb.type(String(year - 1));
  await kb.press('Tab');
  await kb.press('Control+A');
  await kb.type('5');
  await kb.press('Enter');
  await expect(startForm).toContainText(`Gruppen har redan justerade protokoll ${year - 1}, så numreringen det året kan inte ändras.`);
  await expect(startTable.getByRole('row')).toHaveCount(2); // header and this year only
  await expectNoViolations(page);

  // Plan a meeting: its agenda is the edited template.
  await page.getByRole('button', { name: 'Planera ett möte' }).focus();
  await kb.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Planera ett möte' });
  await expect(dialog.getByRole('textbox', { name: 'Datum', exact: true })).toBeFocused();
  await kb.type(today);
  await kb.press('Enter');
  await expect(dialog).toBeHidden();
  await tabAndPress(page, page.getByRole('table', { name: 'Kommande möten' }).getByRole('link', { name: `Öppna mötet ${today}` }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${group.name} ${today}`);
  const agenda = page.getByRole('list', { name: 'Dagordningens punkter' });
  await expect.poll(async () => (await agenda.getByRole('button').allTextContents()).map((text) => text.trim())).toEqual(edited.map((item) => item.title));

  // Start it: the first item is § 14, the rest follow in agenda order.
  await tabAndPress(page, page.getByRole('button', { name: 'Starta mötet' }));
  await expect(page.getByText('Utkast', { exact: true })).toBeVisible();
  await expect(agenda.getByRole('button', { name: /^§ 14 Mötets öppnande/ })).toBeVisible();
  await expect(agenda.getByRole('button', { name: /^§ 17 Ekonomisk uppföljning/ })).toBeVisible();
  await expect(agenda.getByRole('button', { name: /^§ 21 Mötets avslutande/ })).toBeVisible();

  // Back on the group page: "Återställ standard" asks first, then restores the standing items.
  await app.open(`/groups/${group.id}`);
  await template.getByRole('button', { name: 'Lägg till punkt' }).focus();
  await tabAndPress(page, template.getByRole('button', { name: 'Återställ standard' }));
  const confirm = page.getByRole('alertdialog', { name: 'Återställa de stående punkterna?' });
  await expect(confirm).toContainText('Redan planerade möten ändras inte.');
  await expectNoViolations(page);
  await tabAndPress(page, confirm.getByRole('button', { name: 'Återställ standard' }), { backwards: true });
  await expect(confirm).toBeHidden();
  await expect(template.getByRole('button', { name: 'Återställ standard' })).toBeFocused();
  await expect(saved).toBeVisible();
  await expect.poll(titles).toContain('Föregående protokoll');
  await expect.poll(() => app.callOk('groups.getAgendaTemplate', { groupId: group.id }).then((list) => list.length)).toBe(8);
});
