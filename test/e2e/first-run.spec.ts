// First run: the app asks for the user's name and title, then offers demo data or an empty start.
import { expect, test } from './fixtures.ts';

test('asks for name and title, then welcomes the user', async ({ page, app }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Kom igång med Protokollet' })).toBeVisible();
  await expect(page).toHaveTitle('Kom igång – Protokollet');
  // The token has been moved out of the visible address.
  expect(page.url()).not.toContain('token=');
  await expect(page.getByText('protokollsutdrag', { exact: false })).toBeVisible();

  // Saving without a title: the API's Swedish message appears next to the field.
  await page.getByLabel('Ditt namn').fill('Anna Berg');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  const title = page.getByLabel('Din titel');
  await expect(title).toHaveAccessibleDescription(/Fältet måste fyllas i\./);
  await expect(title).toBeFocused();

  await title.fill('Nämndsekreterare');
  await page.getByRole('button', { name: 'Fortsätt' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Välkommen till Protokollet' })).toBeVisible();
  await expect(page).toHaveTitle('Välkommen – Protokollet');
  await expect(page.getByText('Hej Anna Berg!')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Läs in demodata' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Börja med en tom databas' })).toBeVisible();

  const status = await app.callOk('app.status', {});
  expect(status.user).toEqual({ name: 'Anna Berg', title: 'Nämndsekreterare' });
});

test('an empty start is remembered and the start page says what to do next', async ({ page }) => {
  await page.getByLabel('Ditt namn').fill('Anna Berg');
  await page.getByLabel('Din titel').fill('Nämndsekreterare');
  await page.getByLabel('Din titel').press('Enter');
  await page.getByRole('button', { name: 'Börja med en tom databas' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await expect(page).toHaveTitle('Start – Protokollet');
  await expect(page.getByText('Inga grupper ännu')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skapa en grupp' })).toBeVisible();
  await expect(page.getByText('Inga kommande möten')).toBeVisible();

  // A reload keeps the session (token in sessionStorage) and does not ask again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toContainText('Anna Berg');
});
