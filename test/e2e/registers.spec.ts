// Uppdrag och mål: a mandate and a goal created by keyboard (with Swedish validation at the
// field); a meeting's item and decision linked to them, and the coverage updating on the page.
import { expectNoViolations } from './axe.ts';
import { expect, tabAndPress, tabTo, test, type AppServer } from './fixtures.ts';
import { heldMeeting } from './seed.ts';

const utc = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const addDays = (date: string, days: number) => new Date(utc(date) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / 86_400_000);
/** Stockholm's date may turn during a test: texts are computed from the date when they are read. */
const todayOf = async (app: AppServer) => (await app.callOk('app.status', {})).today;

/** The held meeting of seed.ts with a committee and a matter that has one decision. */
async function seed(app: AppServer) {
  const seeded = await heldMeeting(app);
  await app.callOk('organisations.create', { name: 'Socialnämnden', kind: 'committee' });
  const item = await app.callOk('agendaItems.create', { meetingId: seeded.meeting.id, title: 'Skolsociala team' });
  const decision = await app.callOk('decisions.create', { agendaItemId: item.id, text: 'Styrgruppen beslutar att ta fram en plan.' });
  await app.callOk('actions.create', { decisionId: decision.id, title: 'Ta fram en plan', owner: { groupId: seeded.group.id }, dueDate: '2099-06-30' });
  return { ...seeded, item };
}

test('creates a mandate and a goal by keyboard, with Swedish messages at the field', async ({ page, app }) => {
  test.setTimeout(240_000); // three axe scans and many key presses; slow on a loaded machine
  const kb = page.keyboard;
  const { today } = await seed(app);
  const reportBack = addDays(today, 20);
  const periodStart = addDays(today, -30);
  const periodEnd = addDays(today, 365);

  await app.open('/registers');
  await expect(page.getByRole('heading', { level: 1, name: 'Uppdrag och mål' })).toBeVisible();
  await expect(page).toHaveTitle('Uppdrag och mål – Protokollet');
  await expect(page.getByText('Inga uppdrag ännu')).toBeVisible();
  await expectNoViolations(page);

  // A mandate: first without a title (the message is at the field, focus goes there), then complete.
  await tabAndPress(page, page.getByRole('button', { name: 'Nytt uppdrag' }));
  const dialog = page.getByRole('dialog', { name: 'Nytt uppdrag' });
  const title = dialog.getByRole('textbox', { name: 'Uppdrag', exact: true });
  await expect(title).toBeFocused();
  await kb.press('Tab');
  await kb.type('KF 2023-06-14 § 99');
  await kb.press('Enter');
  await expect(title).toHaveAccessibleDescription(/Fältet måste fyllas i\./);
  await expect(title).toBeFocused();
  await kb.type('Etablera skolsociala team');
  await tabTo(page, dialog.getByRole('checkbox', { name: 'Socialnämnden' }));
  await kb.press('Space');
  await expect(dialog.getByRole('checkbox', { name: 'Socialnämnden' })).toBeChecked();
  await tabTo(page, dialog.getByRole('textbox', { name: 'Återrapporteras senast' }));
  await kb.type(reportBack);
  await tabTo(page, dialog.getByRole('textbox', { name: 'Återrapporteras till' }));
  await kb.type('Socialnämnden');
  await kb.press('Enter');
  await expect(dialog).toBeHidden();

  const mandateRow = page.getByRole('table', { name: 'Uppdrag' }).getByRole('row', { name: /Etablera skolsociala team/ });
  await expect(mandateRow).toContainText('KF 2023-06-14 § 99');
  await expect(mandateRow).toContainText('Socialnämnden');
  await expect(mandateRow).toContainText('Pågående');
  await expect(mandateRow).toContainText('Aldrig behandlad');
  await expect(mandateRow).toContainText('Inte behandlad på 6 månader');
  await expect(mandateRow).toContainText(`Återrapport om ${daysBetween(await todayOf(app), reportBack)} dagar`);

  // A goal: a period that ends before it starts is explained at the end date.
  await tabAndPress(page, page.getByRole('button', { name: 'Nytt mål' }));
  const goalDialog = page.getByRole('dialog', { name: 'Nytt mål' });
  await expect(goalDialog.getByRole('textbox', { name: 'Mål', exact: true })).toBeFocused();
  await expectNoViolations(page);
  await kb.type('Minskad problematisk skolfrånvaro');
  await kb.press('Tab');
  await kb.type('Andel elever med mer än 15 % frånvaro');
  await kb.press('Tab');
  await kb.type('Minska med två procentenheter');
  await kb.press('Tab');
  await kb.type(periodStart);
  await kb.press('Tab');
  await kb.type(addDays(periodStart, -1));
  await kb.press('Enter');
  const periodEndField = goalDialog.getByRole('textbox', { name: 'Period till' });
  await expect(periodEndField).toHaveAccessibleDescription(/Slutdatum måste vara samma dag som eller efter startdatum\./);
  await expect(periodEndField).toBeFocused();
  await kb.press('ControlOrMeta+a');
  await kb.type(periodEnd);
  await kb.press('Enter');
  await expect(goalDialog).toBeHidden();
  const goalRow = page.getByRole('table', { name: 'Mål' }).getByRole('row', { name: /Minskad problematisk skolfrånvaro/ });
  await expect(goalRow).toContainText(`${periodStart}–${periodEnd}`);
  await expect(goalRow).toContainText('Målvärde: Minska med två procentenheter');
  await expect(goalRow).toContainText('Aldrig behandlad');
  await expect(page.getByRole('status').filter({ hasText: 'uppmärksammas' })).toHaveText('2 uppdrag eller mål behöver uppmärksammas.');
  await expectNoViolations(page);
});

test("links a meeting's item, decision and action to a mandate and a goal, and the coverage follows", async ({ page, app }) => {
  test.setTimeout(240_000); // the meeting page, an axe scan and two dialogs; slow on a loaded machine
  const kb = page.keyboard;
  const { today, route, item } = await seed(app);
  const reportBack = addDays(today, 20);
  await app.callOk('mandates.create', { title: 'Etablera skolsociala team', source: 'KF 2023-06-14 § 99', reportBackDate: reportBack });
  await app.callOk('goals.create', { title: 'Minskad problematisk skolfrånvaro', periodStart: addDays(today, -30) });

  // In the meeting: link the item to the mandate, and decision 1 to the goal.
  await app.open(route);
  const links = page.getByRole('region', { name: 'Kopplat till uppdrag och mål' });
  await expect(links.getByRole('listitem').filter({ hasText: 'Punkten' })).toContainText('Inget kopplat.');
  await tabAndPress(page, links.getByRole('button', { name: 'Koppla punkten till uppdrag och mål' }));
  const linkDialog = page.getByRole('dialog', { name: 'Koppla punkten till uppdrag och mål' });
  const mandateBox = linkDialog.getByRole('checkbox', { name: 'Etablera skolsociala team (KF 2023-06-14 § 99)' });
  await tabTo(page, mandateBox);
  await kb.press('Space');
  await expect(mandateBox).toBeChecked();
  await expectNoViolations(page);
  await tabAndPress(page, linkDialog.getByRole('button', { name: 'Spara kopplingar' }));
  await expect(linkDialog).toBeHidden();
  await expect(links.getByRole('listitem').filter({ hasText: 'Punkten' })).toContainText('Etablera skolsociala team (KF 2023-06-14 § 99)');

  await tabAndPress(page, links.getByRole('button', { name: 'Koppla beslut 1 till uppdrag och mål' }));
  const decisionDialog = page.getByRole('dialog', { name: 'Koppla beslut 1 till uppdrag och mål' });
  await tabTo(page, decisionDialog.getByRole('checkbox', { name: 'Minskad problematisk skolfrånvaro' }));
  await kb.press('Space');
  await kb.press('Enter');
  await expect(decisionDialog).toBeHidden();
  await expect(links.getByRole('listitem').filter({ hasText: 'Beslut 1' })).toContainText('Minskad problematisk skolfrånvaro');

  // An action item links the same way.
  await tabAndPress(page, links.getByRole('button', { name: 'Koppla uppdraget ”Ta fram en plan” till uppdrag och mål' }));
  const actionDialog = page.getByRole('dialog', { name: 'Koppla uppdraget ”Ta fram en plan” till uppdrag och mål' });
  await tabTo(page, actionDialog.getByRole('checkbox', { name: 'Minskad problematisk skolfrånvaro' }));
  await kb.press('Space');
  await kb.press('Enter');
  await expect(actionDialog).toBeHidden();
  await expect(links.getByRole('listitem').filter({ hasText: 'Ta fram en plan' })).toContainText('Minskad problematisk skolfrånvaro');

  // On the register: treated in the group's meeting, under the item's §; the warning is gone.
  await tabAndPress(page, page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppdrag och mål' }), { backwards: true });
  const treated = `Senast behandlad ${today} i Styrgruppen skola–socialtjänst § ${item.sectionNumber}`;
  const mandateRow = page.getByRole('table', { name: 'Uppdrag' }).getByRole('row', { name: /Etablera skolsociala team/ });
  const goalRow = page.getByRole('table', { name: 'Mål' }).getByRole('row', { name: /Minskad problematisk skolfrånvaro/ });
  await expect(mandateRow).toContainText(treated);
  await expect(goalRow).toContainText(treated);
  const now = await todayOf(app);
  await expect(mandateRow).toContainText(now === today ? 'i dag' : 'för 1 dag sedan');
  await expect(mandateRow).not.toContainText('Inte behandlad på 6 månader');
  await expect(mandateRow).toContainText(`Återrapport om ${daysBetween(now, reportBack)} dagar`);
  await expect(page.getByRole('status').filter({ hasText: 'uppmärksammas' })).toHaveText('1 uppdrag eller mål behöver uppmärksammas.');

  // The linked mandate cannot be deleted; the refusal says why.
  await tabAndPress(page, mandateRow.getByRole('button', { name: 'Ta bort uppdraget Etablera skolsociala team' }));
  const confirm = page.getByRole('alertdialog', { name: 'Ta bort uppdraget Etablera skolsociala team?' });
  await confirm.getByRole('button', { name: 'Ta bort uppdraget' }).click();
  await expect(confirm).toContainText('Uppdraget kan inte tas bort: det är kopplat till 1 punkt, beslut eller åtgärd');
  await kb.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(mandateRow).toBeVisible();
});
