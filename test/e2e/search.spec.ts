// Full-text search (Sök) and the command palette (Ctrl+K) against seeded protocols: typing part of
// a word finds it and marks the match; "år" is not "ar"; filters narrow the hits and live in the
// URL; the hit list is virtualised and moved through by keyboard; a slow answer to an earlier text
// never replaces a newer one; a politiskt uppdrag leads to its register; the palette is reached and
// used by keyboard alone and gives focus back when closed. Every screen is axe-scanned.
import type { Page } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { expect, tabAndPress, tabTo, test, type AppServer } from './fixtures.ts';
import { heldMeeting } from './seed.ts';

const otherGroupName = 'Arbetsgruppen fritid';
const manyCount = 130;

/**
 * Today's meeting of the steering group decides on the school's attendance; a meeting of another
 * group in 2024 talks about the school holidays; a third meeting has many items on road safety.
 */
async function seed(app: AppServer, options: { many?: boolean } = {}) {
  const held = await heldMeeting(app);
  const school = await app.callOk('agendaItems.create', { meetingId: held.meeting.id, title: 'Skolans närvaroarbete', description: 'Rapport om frånvaron under hösten.' });
  const decision = await app.callOk('decisions.create', { agendaItemId: school.id, text: 'Styrgruppen beslutar att skolans elevhälsa ska förstärkas.' });
  await app.callOk('actions.create', { decisionId: decision.id, title: 'Kartlägga frånvaron per skola', owner: { groupId: held.group.id }, dueDate: '2099-06-30' });
  const year = await app.callOk('agendaItems.create', { meetingId: held.meeting.id, title: 'Budget för år 2027', description: 'Ramarna för nästa budget.' });
  const park = await app.callOk('agendaItems.create', { meetingId: held.meeting.id, title: 'Parkens yta', description: 'Ytan är 40 ar enligt mätningen.' });

  const other = await app.callOk('groups.create', { name: otherGroupName, kind: 'working' });
  const holidays = await app.callOk('meetings.create', { groupId: other.id, date: '2024-05-14' });
  await app.callOk('meetings.start', { id: holidays.id });
  await app.callOk('agendaItems.create', { meetingId: holidays.id, title: 'Fritidsgårdarnas öppettider', description: 'Skolans lov och fritidsgårdarna.' });

  if (options.many) {
    const many = await app.callOk('meetings.create', { groupId: other.id, date: '2025-02-11' });
    await app.callOk('meetings.start', { id: many.id });
    for (let i = 1; i <= manyCount; i++) await app.callOk('agendaItems.create', { meetingId: many.id, title: `Trafiksäkerhet vid hållplats ${i}` });
  }
  return { ...held, school, year, park, other, holidays };
}

function searchPage(page: Page) {
  const list = page.getByRole('list', { name: 'Träffar' });
  return {
    box: page.getByRole('searchbox', { name: 'Sök efter' }),
    list,
    hits: list.getByRole('listitem'),
    links: list.locator('[data-hit-link]'),
    countLine: page.getByRole('main').getByRole('status'),
    /** The rendered hits' titles, once the current search has loaded. */
    async titles(): Promise<string[]> {
      await expect(list).not.toHaveAttribute('aria-busy', 'true');
      return list.locator('[data-hit-link]').allTextContents();
    },
  };
}

test('search as you type: prefixes are marked, å is not a, filters live in the URL, the list is virtualised', async ({ page, app }) => {
  test.setTimeout(300_000);
  const seeded = await seed(app, { many: true });
  const s = searchPage(page);
  await app.open('/');

  // From the navigation; before any text the page says how to search.
  await tabAndPress(page, page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Sök', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'Sök' })).toBeVisible();
  await expect(page.getByText('Skriv för att söka …')).toBeVisible();
  await expect(page.getByText('Sätt citattecken för fras', { exact: false })).toBeVisible();
  await expectNoViolations(page);

  // A prefix finds the whole word, in both groups, and the match is a <mark>.
  await s.box.fill('skol');
  await expect(page).toHaveURL(/[?&]q=skol(&|$)/);
  const expected = await app.callOk('search.query', { text: 'skol', limit: 50 });
  await expect(s.countLine).toHaveText(`${expected.total} träffar`);
  await expect(s.hits).toHaveCount(expected.total);
  await expect(s.links.filter({ hasText: 'Skolans närvaroarbete' }).locator('mark')).toHaveText('Skolans');
  await expect(s.list.locator('mark').filter({ hasText: /^skolans$/ }).first()).toBeVisible(); // in the decision's snippet
  await expect(s.list.getByText(otherGroupName, { exact: false }).first()).toBeVisible();
  // The decision's hit leads to its meeting: group, date in Swedish and § are shown.
  const decisionRow = s.hits.filter({ hasText: 'Beslut' }).filter({ hasText: 'elevhälsa' });
  await expect(decisionRow).toContainText('Styrgruppen skola–socialtjänst');
  await expectNoViolations(page);

  // "år" finds the year, not the 40 ar of the park.
  await s.box.fill('år');
  await expect(page).toHaveURL(/[?&]q=%C3%A5r(&|$)/);
  await expect(s.links.filter({ hasText: 'Budget för år 2027' })).toBeVisible();
  const yearHits = await app.callOk('search.query', { text: 'år', limit: 50 });
  expect(yearHits.hits.map((hit) => hit.id)).not.toContain(seeded.park.id);
  await expect(s.countLine).toHaveText(yearHits.total === 1 ? '1 träff' : `${yearHits.total} träffar`);
  expect(await s.titles()).not.toContain('Parkens yta');
  // And "ar" finds the park (the word itself), so the difference is å, not a missing index.
  await s.box.fill('ar ');
  await expect(s.links.filter({ hasText: 'Parkens yta' })).toBeVisible();
  expect(await s.titles()).not.toContain('Budget för år 2027');

  // A phrase in quotes: the words in that order.
  await s.box.fill('"elevhälsa ska"');
  await expect(s.hits).toHaveCount(1);
  await expect(s.hits.first()).toContainText('Beslut');
  await expect(s.list.locator('mark').first()).toContainText('elevhälsa');
  await s.box.fill('"ska elevhälsa"');
  await expect(page.getByText('Inga träffar för ”"ska elevhälsa"”')).toBeVisible();

  // No hits: the page says so and what to try.
  await s.box.fill('zzyzx');
  await expect(page.getByText('Inga träffar för ”zzyzx”')).toBeVisible();
  await expectNoViolations(page);

  // The group filter narrows the hits and goes into the URL; so does a kind; Back undoes the kind.
  await s.box.fill('skol');
  await expect(s.countLine).toHaveText(`${expected.total} träffar`);
  await page.getByRole('combobox', { name: 'Grupp' }).selectOption({ label: otherGroupName });
  await expect(page).toHaveURL(new RegExp(`groupId=${seeded.other.id}`));
  const inGroup = await app.callOk('search.query', { text: 'skol', groupId: seeded.other.id, limit: 50 });
  expect(inGroup.total).toBeGreaterThan(0);
  expect(inGroup.total).toBeLessThan(expected.total);
  await expect(s.countLine).toHaveText(inGroup.total === 1 ? '1 träff' : `${inGroup.total} träffar`);
  await expect(s.hits).toHaveCount(inGroup.total);
  for (const hit of await s.hits.all()) await expect(hit).toContainText(otherGroupName);
  await page.getByRole('combobox', { name: 'Grupp' }).selectOption({ label: 'Alla grupper' });
  await expect(page).not.toHaveURL(/groupId=/);
  await page.getByRole('checkbox', { name: 'Beslut' }).check();
  await expect(page).toHaveURL(/kind=decision/);
  await expect(s.hits).toHaveCount(1);
  await expect(s.hits.first()).toContainText('elevhälsa');
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: 'Beslut' })).not.toBeChecked();
  await expect(s.countLine).toHaveText(`${expected.total} träffar`);
  // The year: typed, applied after a pause, in the URL.
  await page.getByRole('textbox', { name: 'År' }).fill('2024');
  await expect(page).toHaveURL(/year=2024/);
  await expect(s.hits).toHaveCount(1);
  await expect(s.hits.first()).toContainText('Fritidsgårdarnas öppettider');
  await expect(s.hits.first()).toContainText('14 maj 2024');
  // A reload keeps the search.
  await page.reload();
  await expect(s.box).toHaveValue('skol');
  await expect(page.getByRole('textbox', { name: 'År' })).toHaveValue('2024');
  await expect(s.hits).toHaveCount(1);

  // Many hits: only the visible rows are in the DOM, the rest come page by page; ↓ from the box
  // enters the list, End reaches the last hit, Home the first, ↑ from the first returns to the box.
  await page.getByRole('textbox', { name: 'År' }).fill('');
  await s.box.fill('trafiksäkerhet');
  await expect(s.countLine).toHaveText(`${manyCount} träffar`);
  await expect(s.hits.first()).toHaveAttribute('aria-setsize', String(manyCount));
  expect(await s.hits.count()).toBeLessThan(40);
  await s.box.focus();
  await page.keyboard.press('ArrowDown');
  await expect(s.links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-index="1"] [data-hit-link]')).toBeFocused();
  await page.keyboard.press('End');
  const last = page.locator(`[data-index="${manyCount - 1}"]`);
  await expect(last.locator('[data-hit-link]')).toBeFocused();
  await expect(last).toHaveAttribute('aria-posinset', String(manyCount));
  await expect(last.locator('[data-hit-link]')).toContainText('Trafiksäkerhet vid hållplats');
  expect(await s.hits.count()).toBeLessThan(40);
  await page.keyboard.press('Home');
  await expect(page.locator('[data-index="0"] [data-hit-link]')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(s.box).toBeFocused();

  // Enter on a hit opens its meeting.
  await s.box.fill('närvaroarbete');
  await expect(s.hits).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(s.links.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${seeded.route}$`));
});

test('command palette by keyboard: Ctrl+K, type, ↓, Enter; Esc gives focus back', async ({ page, app }) => {
  test.setTimeout(180_000);
  const seeded = await seed(app);
  await app.open('/');
  const dialog = page.getByRole('dialog', { name: 'Sök och gå till' });
  const input = dialog.getByRole('combobox', { name: 'Sök eller skriv vart du vill gå' });
  const listbox = dialog.getByRole('listbox', { name: 'Förslag' });

  // The header's button opens it; Esc closes it and focus returns to the button.
  const button = page.getByRole('banner').getByRole('button', { name: /Sök …/ });
  await tabAndPress(page, button);
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
  await expect(listbox.getByRole('option', { name: 'Gå till Översikt' })).toBeVisible();
  await expect(listbox.getByRole('group', { name: 'Grupper' }).getByRole('option', { name: new RegExp(otherGroupName) })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // Ctrl+K, a word, ↓ to the first hit, Enter: the meeting page.
  await page.keyboard.press('Control+K');
  await expect(input).toBeFocused();
  await page.keyboard.type('närvaroarb');
  const hit = listbox.getByRole('group', { name: 'Träffar' }).getByRole('option').first();
  await expect(hit).toContainText('Skolans närvaroarbete');
  await expect(hit.locator('mark')).toHaveText('närvaroarbete');
  await expect(listbox.getByRole('option', { name: 'Visa alla träffar för ”närvaroarb”' })).toBeVisible();
  await expect(input).not.toHaveAttribute('aria-activedescendant');
  await expectNoViolations(page);
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', (await hit.getAttribute('id'))!);
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#${seeded.route}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Styrgruppen');

  // A place by name: "över" → Gå till Översikt. (Typing starts once the box has focus, as a
  // person's does: keys pressed while the last palette still fades out go to the page.)
  await page.keyboard.press('Control+K');
  await expect(input).toBeFocused();
  await page.keyboard.type('över');
  const overview = listbox.getByRole('option', { name: 'Gå till Översikt' });
  await expect(listbox.getByRole('option').first()).toHaveText('Gå till Översikt');
  await page.keyboard.press('ArrowDown');
  await expect(overview).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/dashboard$/);
  await expect(dialog).toBeHidden();

  // Enter with no option chosen shows all hits on the search page; Ctrl+K there and Esc return to the box.
  await page.keyboard.press('Control+K');
  await expect(input).toBeFocused();
  await page.keyboard.type('skol');
  await expect(listbox.getByRole('option', { name: 'Visa alla träffar för ”skol”' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=skol$/);
  const box = page.getByRole('searchbox', { name: 'Sök efter' });
  await expect(box).toHaveValue('skol');
  await expect(page.getByRole('list', { name: 'Träffar' }).getByRole('listitem').first()).toBeVisible();
  await tabTo(page, box);
  await page.keyboard.press('Control+K');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(box).toBeFocused();
});

test('a slow answer to an earlier text never replaces the hits of a newer one', async ({ page, app }) => {
  await seed(app);
  // The answer to "bud" is held back until after the answer to "park" has been shown.
  await page.route('**/api/search.query', async (route) => {
    const input = route.request().postDataJSON() as { text: string };
    if (input.text === 'bud') await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  await app.open('/search');
  const s = searchPage(page);
  await s.box.fill('bud');
  await expect(page).toHaveURL(/[?&]q=bud(&|$)/);
  await s.box.fill('park');
  await expect(s.links.filter({ hasText: 'Parkens yta' })).toBeVisible();
  await page.waitForTimeout(2_500);
  await expect(s.countLine).toHaveText('1 träff');
  expect(await s.titles()).toEqual(['Parkens yta']);
});

test('a politiskt uppdrag leads to Uppdrag och mål; the kind shows on its badge', async ({ page, app }) => {
  await seed(app);
  await app.callOk('mandates.create', { title: 'Etablera skolsociala team', source: 'KF 2023-06-14 § 99', description: 'Team på varje högstadieskola.' });
  await app.open('/search?q=h%C3%B6gstadie');
  const s = searchPage(page);
  await expect(s.hits).toHaveCount(1);
  await expect(s.hits.first().getByText('Politiskt uppdrag', { exact: true })).toBeVisible();
  await expect(s.hits.first().locator('mark')).toHaveText('högstadieskola');
  await s.box.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/registers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Uppdrag och mål' })).toBeVisible();
});
