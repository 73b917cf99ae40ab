// Keyboard only: from an empty database to a planned meeting on the start page, without a
// single click — Tab, Shift+Tab, Enter, arrow keys and typing.
import { expect, tabAndPress, test } from './fixtures.ts';

test('creates an organisation, a person, a group, a membership and a meeting by keyboard', async ({ page, app }) => {
  const kb = page.keyboard;
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  const dialog = page.getByRole('dialog');
  const today = (await app.callOk('app.status', {})).today;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const meetingDate = new Date(Date.UTC(y, m - 1, d + 21)).toISOString().slice(0, 10);

  // First run: the name field has focus.
  await expect(page.getByLabel('Ditt namn')).toBeFocused();
  await kb.type('Anna Berg');
  await kb.press('Tab');
  await kb.type('Nämndsekreterare');
  await kb.press('Enter');
  await tabAndPress(page, page.getByRole('button', { name: 'Börja med en tom databas' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();

  // The skip link is the first stop and moves focus to the main area.
  await kb.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till innehåll' })).toBeFocused();
  await kb.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Organisation.
  await tabAndPress(page, nav.getByRole('link', { name: 'Personer och organisationer' }), { backwards: true });
  await expect(page).toHaveTitle('Personer och organisationer – Protokollet');
  await tabAndPress(page, page.getByRole('button', { name: 'Ny organisation' }));
  await expect(dialog.getByRole('textbox', { name: 'Namn', exact: true })).toBeFocused();
  await kb.type('Socialförvaltningen');
  await kb.press('Tab');
  await kb.type('SOF');
  await kb.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Organisationer' })).toContainText('Socialförvaltningen');
  await expect(page.getByRole('table', { name: 'Organisationer' })).toContainText('Förvaltning');

  // Person, belonging to the organisation.
  await tabAndPress(page, page.getByRole('button', { name: 'Ny person' }));
  await expect(dialog.getByRole('textbox', { name: 'Namn', exact: true })).toBeFocused();
  await kb.type('Karin Ek');
  await kb.press('Tab');
  await kb.type('Förvaltningschef');
  await kb.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Organisation', exact: true })).toBeFocused();
  await kb.press('ArrowDown');
  await expect(dialog.getByRole('combobox', { name: 'Organisation', exact: true })).toHaveValue(/.+/);
  await kb.press('Tab');
  await kb.type('karin.ek@kommun.se');
  await kb.press('Enter');
  await expect(dialog).toBeHidden();
  const people = page.getByRole('table', { name: 'Personer' });
  await expect(people).toContainText('Karin Ek');
  await expect(people).toContainText('Socialförvaltningen');

  // Group: created from the group list, then its page opens.
  await tabAndPress(page, nav.getByRole('link', { name: 'Grupper', exact: true }), { backwards: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Grupper' })).toBeVisible();
  await tabAndPress(page, page.getByRole('button', { name: 'Ny grupp' }));
  await expect(dialog.getByRole('textbox', { name: 'Namn', exact: true })).toBeFocused();
  await kb.type('Styrgruppen för barn och unga');
  await kb.press('Tab');
  await kb.type('SG BoU');
  await kb.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Styrgruppen för barn och unga' })).toBeVisible();
  await expect(page).toHaveTitle('Styrgruppen för barn och unga – Protokollet');
  await expect(nav.getByRole('link', { name: 'Styrgruppen för barn och unga' })).toBeVisible();

  // Membership: choosing the person suggests their organisation.
  await tabAndPress(page, page.getByRole('button', { name: 'Lägg till medlem' }));
  await expect(dialog.getByRole('combobox', { name: 'Person', exact: true })).toBeFocused();
  await kb.press('ArrowDown');
  await kb.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Organisation', exact: true })).toBeFocused();
  await expect(dialog.getByRole('combobox', { name: 'Organisation', exact: true }).locator('option:checked')).toHaveText('Socialförvaltningen');
  await kb.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Roll', exact: true })).toBeFocused();
  await kb.press('Home'); // Ordförande is the first role
  await kb.press('Tab');
  await kb.type(today);
  await kb.press('Enter');
  await expect(dialog).toBeHidden();
  const members = page.getByRole('table', { name: 'Medlemmar' });
  await expect(members).toContainText('Karin Ek');
  await expect(members).toContainText('Ordförande');
  await expect(members).toContainText('Socialförvaltningen');

  // Meeting.
  await tabAndPress(page, page.getByRole('button', { name: 'Planera ett möte' }));
  await expect(dialog.getByRole('textbox', { name: 'Datum', exact: true })).toBeFocused();
  await kb.type(meetingDate);
  await kb.press('Tab');
  await kb.type('13.00');
  await kb.press('Tab');
  await kb.type('15.00');
  await kb.press('Tab');
  await kb.type('Stadshuset, sal 3');
  await kb.press('Enter');
  await expect(dialog).toBeHidden();
  const meetings = page.getByRole('table', { name: 'Kommande möten' });
  await expect(meetings).toContainText(meetingDate);
  await expect(meetings).toContainText('13.00–15.00');
  // Focus went back to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Planera ett möte' })).toBeFocused();

  // The start page shows the group and the meeting.
  await tabAndPress(page, nav.getByRole('link', { name: 'Start', exact: true }), { backwards: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  const groupCard = page.getByRole('region', { name: 'Dina grupper' }).getByRole('listitem');
  await expect(groupCard).toContainText('Styrgruppen för barn och unga');
  await expect(groupCard).toContainText('1 medlem');
  await expect(groupCard).toContainText(meetingDate);
  const row = page.getByRole('table', { name: 'Kommande möten' }).getByRole('row', { name: new RegExp(meetingDate) });
  await expect(row).toContainText('13.00–15.00');
  await expect(row).toContainText('Styrgruppen för barn och unga');
  await expect(row).toContainText('Stadshuset, sal 3');
  await expect(row).toContainText('Planerat');

  // Open the meeting by keyboard.
  await tabAndPress(page, row.getByRole('link', { name: meetingDate }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(meetingDate);
  await expect(page.getByRole('navigation', { name: 'Dagordning' })).toContainText('Mötets öppnande');
});

test('dialogs trap focus and close with Esc', async ({ page, app }) => {
  await app.seedUser();
  const group = await app.callOk('groups.create', { name: 'Operativa gruppen', kind: 'operative' });
  await app.open(`/groups/${group.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Operativa gruppen' })).toBeVisible();

  const plan = page.getByRole('button', { name: 'Planera ett möte' });
  await tabAndPress(page, plan);
  const dialog = page.getByRole('dialog', { name: 'Planera ett möte' });
  await expect(dialog).toBeVisible();
  // Tabbing many times never leaves the dialog.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(plan).toBeFocused();
});
