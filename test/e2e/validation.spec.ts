// API validation errors are shown in Swedish next to the field, or as a message bar when they
// belong to no field. They are never swallowed.
import { expect, tabAndPress, test } from './fixtures.ts';

test('an invalid meeting date is explained next to the date field', async ({ page, app }) => {
  await app.seedUser();
  const group = await app.callOk('groups.create', { name: 'Styrgruppen', kind: 'steering' });
  await app.open(`/groups/${group.id}`);

  await page.getByRole('button', { name: 'Planera ett möte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Planera ett möte' });
  const date = dialog.getByRole('textbox', { name: 'Datum', exact: true });
  await date.fill('2025-13-45');
  await dialog.getByRole('textbox', { name: 'Starttid', exact: true }).fill('13.00');
  await dialog.getByRole('button', { name: 'Planera mötet' }).click();

  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/Ange ett datum, t\.ex\. 2025-09-30\./);
  await expect(dialog.getByText('Ange ett datum, t.ex. 2025-09-30.')).toBeVisible();
  await expect(date).toBeFocused();
  await expect(dialog).toBeVisible(); // nothing typed is lost
  await expect(dialog.getByRole('textbox', { name: 'Starttid', exact: true })).toHaveValue('13.00');

  // End before start: the message lands on the end time.
  await date.fill('2025-10-01');
  await dialog.getByRole('textbox', { name: 'Sluttid', exact: true }).fill('12.00');
  await dialog.getByRole('button', { name: 'Planera mötet' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Sluttid', exact: true })).toHaveAccessibleDescription(/Sluttiden måste vara efter starttiden\./);
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');

  await dialog.getByRole('textbox', { name: 'Sluttid', exact: true }).fill('15.00');
  await dialog.getByRole('button', { name: 'Planera mötet' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Tidigare möten' })).toContainText('2025-10-01');
});

test('a duplicate name is shown next to the name field', async ({ page, app }) => {
  await app.seedUser();
  await app.callOk('groups.create', { name: 'Styrgruppen', kind: 'steering' });
  await app.open(`/groups`);

  await tabAndPress(page, page.getByRole('button', { name: 'Ny grupp' }));
  const dialog = page.getByRole('dialog', { name: 'Ny grupp' });
  const name = dialog.getByRole('textbox', { name: 'Namn', exact: true });
  await expect(name).toBeFocused();
  await page.keyboard.type('Styrgruppen');
  await page.keyboard.press('Enter');
  await expect(name).toHaveAccessibleDescription(/Det finns redan en grupp som heter ”Styrgruppen”\./);
  await expect(name).toBeFocused();
});

test('an error that belongs to no field is shown as a message bar', async ({ page, app }) => {
  await app.seedUser();
  const group = await app.callOk('groups.create', { name: 'Styrgruppen', kind: 'steering' });
  await app.callOk('meetings.create', { groupId: group.id, date: '2025-10-01' });
  await app.open(`/groups/${group.id}`);

  await page.getByRole('button', { name: 'Ta bort grupp' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Ta bort Styrgruppen?' });
  // Focus starts on the safe choice.
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Ta bort gruppen' }).click();
  await expect(dialog.getByText('Gruppen kan inte tas bort eftersom den har 1 möten.', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Styrgruppen' })).toBeVisible();
});
