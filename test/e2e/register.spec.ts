// The action register (Uppdragsregister) with the demo data: filtering by keyboard shows exactly
// the rows the API returns for the same query, sorting by a column header, an action's history
// opened by keyboard with a link on to the meeting, the filters kept in the URL through Back and
// reload, and only the visible rows in the DOM however far the list is scrolled. Also the group's
// follow-up settings and the group page's link to its actions. Screens are axe-scanned.
import type { Locator, Page } from '@playwright/test';
import type { MethodInput } from '../../shared/contract/index.ts';
import { expectNoViolations } from './axe.ts';
import { expect, tabAndPress, tabTo, test, type AppServer } from './fixtures.ts';

const count = (n: number) => `${new Intl.NumberFormat('sv-SE').format(n)} uppdrag`;

function register(page: Page) {
  const table = page.getByRole('table', { name: 'Uppdrag' });
  return {
    table,
    countLine: page.getByRole('main').getByRole('status').filter({ hasText: /uppdrag$/ }),
    /** The titles of the rendered rows, top to bottom, once the current query has loaded. */
    async titles(): Promise<string[]> {
      await expect(table).not.toHaveAttribute('aria-busy', 'true');
      return table.locator('[data-row-title]').allTextContents();
    },
    row: (title: string): Locator => table.getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) }),
  };
}

async function apiTitles(app: AppServer, query: MethodInput<'register.actions'>, limit = 500): Promise<{ total: number; titles: string[] }> {
  const page = await app.callOk('register.actions', { ...query, limit });
  return { total: page.total, titles: page.rows.map((row) => row.title) };
}

/** Picks an option of a native select by keyboard: focus it by Tab, then arrow down to the option. */
async function chooseByKeyboard(page: Page, select: Locator, optionLabel: string) {
  await tabTo(page, select, { max: 40 });
  const labels = await select.locator('option').allTextContents();
  const target = labels.indexOf(optionLabel);
  expect(target, `option "${optionLabel}"`).toBeGreaterThan(0);
  const current = labels.indexOf((await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)) ?? '');
  for (let i = current; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(await select.locator('option').nth(target).getAttribute('value') ?? '');
}

test('filter by keyboard, sort, open an action\'s history and its meeting; the URL keeps the filters', async ({ page, app }) => {
  test.setTimeout(300_000);
  await app.seedUser();
  await app.callOk('demo.load', { seed: 1 });
  const all = await app.callOk('register.actions', { limit: 500 });
  const overdue = (await app.callOk('register.actions', { overdueOnly: true, limit: 500 })).rows;
  const target = overdue.find((row) => row.owner.organisationId)!;
  expect(target, 'the demo data has an overdue action owned by an organisation').toBeTruthy();
  const organisationId = target.owner.organisationId!;
  const r = register(page);

  await app.open('/actions');
  await expect(page.getByRole('heading', { level: 1, name: 'Uppdragsregister' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppdragsregister' })).toHaveAttribute('aria-current', 'page');
  await expect(r.countLine).toHaveText(count(all.total));
  await expect(r.table).toHaveAttribute('aria-rowcount', String(all.total + 1));
  await expect(r.table.getByRole('columnheader', { name: 'Klart senast' })).toHaveAttribute('aria-sort', 'ascending');
  expect(await r.titles()).toEqual(all.rows.slice(0, (await r.titles()).length).map((row) => row.title));
  // SCREENSHOTS=1 refreshes the README's picture of the register.
  if (process.env.SCREENSHOTS) await page.screenshot({ path: 'docs/screenshot-register.png' });
  await expectNoViolations(page);

  // Organisation and "Bara försenade", by keyboard.
  await chooseByKeyboard(page, page.getByRole('combobox', { name: 'Organisation' }), target.owner.organisationName!);
  await tabTo(page, page.getByRole('checkbox', { name: 'Bara försenade' }));
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`organisationId=${organisationId}.*overdueOnly=1`));
  const expected = await apiTitles(app, { organisationId, overdueOnly: true });
  expect(expected.titles).toContain(target.title);
  await expect(r.countLine).toHaveText(count(expected.total));
  expect(await r.titles()).toEqual(expected.titles);
  for (const title of expected.titles) await expect(r.row(title)).toContainText('Försenad');
  await expect(r.row(target.title)).toContainText(target.owner.personName ?? target.owner.groupName!);
  await expect(r.row(target.title).getByRole('link')).toHaveText(`§ ${target.sectionNumber} ${target.decidedOn}`);

  // The history by keyboard: Tab to the row's title, Enter.
  const history = await app.callOk('actions.history', { actionId: target.actionId });
  await tabAndPress(page, r.row(target.title).getByRole('button', { name: target.title }));
  const dialog = page.getByRole('dialog', { name: `Historik: ${target.title}` });
  await expect(dialog).toBeVisible();
  const entries = dialog.getByRole('list', { name: 'Uppföljningar, äldst först' });
  if (history.entries.length > 0) {
    await expect(entries.getByRole('listitem')).toHaveCount(history.entries.length);
    const last = history.entries.at(-1)!;
    await expect(entries.getByRole('listitem').last()).toContainText(last.recordedByName);
    if (last.note) await expect(entries.getByRole('listitem').last()).toContainText(last.note);
    // Every entry's meeting link resolves to its page.
    await expect(entries.getByRole('link')).toHaveCount(history.entries.filter((e) => e.meetingId).length);
  } else {
    await expect(dialog).toContainText('Uppdraget har inte följts upp ännu.');
  }
  await expect(dialog).toContainText('Försenad');
  await expectNoViolations(page);
  // Esc closes it and focus returns to the row.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(r.row(target.title).getByRole('button', { name: target.title })).toBeFocused();

  // Enter again, then follow the link to the meeting where it was decided.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await tabAndPress(page, dialog.getByRole('link', { name: `§ ${target.sectionNumber} ${target.decidedOn}` }));
  await expect(page).toHaveURL(new RegExp(`#/groups/${target.groupId}/meetings/${target.meetingId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(target.decidedOn);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Back returns to the filtered register; a reload keeps the filters too.
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: 'Bara försenade' })).toBeChecked();
  expect(await r.titles()).toEqual(expected.titles);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Bara försenade' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue(organisationId);
  await expect(r.countLine).toHaveText(count(expected.total));
  expect(await r.titles()).toEqual(expected.titles);
  // Back undoes one choice at a time: first the checkbox, then the organisation.
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: 'Bara försenade' })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue(organisationId);
  await expect(r.countLine).toHaveText(count((await apiTitles(app, { organisationId })).total));

  // Sort by owner from its column header, then descending; the rendered rows follow the API's order.
  await page.getByRole('button', { name: 'Rensa filter' }).click();
  await expect(r.countLine).toHaveText(count(all.total));
  const ownerHeader = r.table.getByRole('columnheader', { name: 'Ansvarig' });
  await tabAndPress(page, ownerHeader.getByRole('button'));
  await expect(ownerHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=owner/);
  let shown = await r.titles();
  expect(shown).toEqual((await apiTitles(app, { sort: 'owner' })).titles.slice(0, shown.length));
  await page.keyboard.press('Enter');
  await expect(ownerHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=owner&descending=1/);
  shown = await r.titles();
  expect(shown).toEqual((await apiTitles(app, { sort: 'owner', descending: true })).titles.slice(0, shown.length));
  // Oldest first by age.
  await r.table.getByRole('columnheader', { name: 'Ålder (dagar)' }).getByRole('button').click();
  await expect(r.table.getByRole('columnheader', { name: 'Ålder (dagar)' })).toHaveAttribute('aria-sort', 'descending');
  shown = await r.titles();
  expect(shown).toEqual((await apiTitles(app, { sort: 'age' })).titles.slice(0, shown.length));

  // ↓ moves to the next row's title.
  const firstTitle = r.table.locator('[data-row-title]').first();
  await firstTitle.focus();
  await page.keyboard.press('ArrowDown');
  await expect(r.table.locator('[data-row-title]').nth(1)).toBeFocused();

  // A stale action says so in text; a moved due date shows the original beside the current one.
  const search = page.getByRole('searchbox', { name: 'Sök i rubriken' });
  const staleRow = all.rows.find((row) => row.stale)!;
  expect(staleRow, 'the demo data has a stale action').toBeTruthy();
  await search.fill(staleRow.title);
  await expect(r.row(staleRow.title).getByRole('cell').nth(3)).toContainText('Behöver beslut');
  const moved = all.rows.find((row) => row.dueDate !== row.originalDueDate)!;
  await search.fill(moved.title);
  const dueCell = r.row(moved.title).getByRole('cell').nth(2);
  await expect(dueCell).toContainText(moved.dueDate);
  await expect(dueCell.locator('del')).toHaveText(`Ursprungligen ${moved.originalDueDate}`);

  // Nothing matches: an empty state that says what to do, and a zero count.
  await search.fill('finns inte i något uppdrag');
  await expect(page.getByText('Inga uppdrag matchar filtren')).toBeVisible();
  await expect(r.countLine).toHaveText('0 uppdrag');
  await expect(page).toHaveURL(/text=finns/);
  // An invalid number of days is explained next to the field.
  await search.fill('');
  const days = page.getByRole('textbox', { name: 'Klart inom … dagar' });
  await days.fill('tre');
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Ange ett antal dagar, t.ex. 30.')).toBeVisible();
  await days.fill('30');
  await expect(days).not.toHaveAttribute('aria-invalid', 'true');
  const within = await apiTitles(app, { dueWithinDays: 30, sort: 'age' });
  await expect(r.countLine).toHaveText(count(within.total));
  await expectNoViolations(page);
});

/** More actions than a screen holds: one decision in a held meeting with `n` actions, some overdue. */
async function seedManyActions(app: AppServer, n: number) {
  const { today } = await app.callOk('app.status', {});
  const org = await app.callOk('organisations.create', { name: 'Tekniska förvaltningen', kind: 'administration' });
  const sara = await app.callOk('people.create', { name: 'Sara Lind', title: 'Fastighetschef', organisationId: org.id });
  const group = await app.callOk('groups.create', { name: 'Arbetsgruppen för trygga skolmiljöer', kind: 'working' });
  const meeting = await app.callOk('meetings.create', { groupId: group.id, date: today });
  await app.callOk('meetings.start', { id: meeting.id });
  const item = await app.callOk('agendaItems.create', { meetingId: meeting.id, title: 'Handlingsplan för trygga skolmiljöer' });
  const decision = await app.callOk('decisions.create', { agendaItemId: item.id, text: 'Arbetsgruppen fördelar uppdragen i handlingsplanen.' });
  const day = (offset: number) => new Date(Date.parse(`${today}T12:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  for (let start = 0; start < n; start += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, n - start) }, (_, i) =>
        app.callOk('actions.create', {
          decisionId: decision.id,
          title: `Åtgärd ${String(start + i + 1).padStart(3, '0')} i handlingsplanen`,
          owner: { personId: sara.id },
          dueDate: day(((start + i) % 40) - 10),
        }),
      ),
    );
  }
}

test('only the visible rows are in the DOM, scrolled anywhere; End reaches the last row', async ({ page, app }) => {
  test.setTimeout(300_000);
  await app.seedUser();
  await app.callOk('demo.load', { seed: 1 });
  await seedManyActions(app, 300);
  const { total, titles } = await apiTitles(app, {});
  expect(total).toBeGreaterThan(300);
  const r = register(page);

  await app.open('/actions');
  await expect(r.countLine).toHaveText(count(total));
  await expect(r.table).toHaveAttribute('aria-rowcount', String(total + 1));
  const rendered = r.table.locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])');
  expect(await rendered.count()).toBeLessThan(60);

  // Scroll to the bottom: the last rows are there (their pages fetched on the way), still few in the DOM.
  await r.table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(r.table.locator(`[role="row"][aria-rowindex="${total + 1}"]`)).toContainText(titles[total - 1]!);
  expect(await rendered.count()).toBeLessThan(60);
  await expect(r.countLine).toHaveText(count(total));

  // Back to the top by keyboard: Home on a row's title goes to the first row, End to the last.
  await r.table.locator('[data-row-title]').first().focus();
  await page.keyboard.press('Home');
  await expect(r.table.locator('[role="row"][aria-rowindex="2"] [data-row-title]')).toBeFocused();
  await expect(r.table.locator('[role="row"][aria-rowindex="2"] [data-row-title]')).toHaveText(titles[0]!);
  await page.keyboard.press('End');
  await expect(r.table.locator(`[role="row"][aria-rowindex="${total + 1}"] [data-row-title]`)).toBeFocused();
  expect(await rendered.count()).toBeLessThan(60);
});

test('the group page links to the group\'s actions and saves its follow-up settings, with messages at the fields', async ({ page, app }) => {
  test.setTimeout(300_000);
  await app.seedUser();
  await app.callOk('demo.load', { seed: 1 });
  const group = (await app.callOk('groups.list', {})).find((g) => g.kind === 'steering')!;
  const own = await apiTitles(app, { groupId: group.id });
  expect(own.total).toBeGreaterThan(0);

  await app.open(`/groups/${group.id}`);
  await expect(page.getByRole('heading', { level: 1, name: group.name })).toBeVisible();
  const settings = page.getByRole('form', { name: 'Inställningar för uppföljning' });
  const stale = settings.getByRole('textbox', { name: 'Antal möten utan framsteg innan ett uppdrag behöver beslut' });
  const months = settings.getByRole('textbox', { name: 'Varna när ett uppdrag eller mål inte behandlats på … månader' });
  await expect(stale).toHaveValue(String(group.staleAfterCarries));
  await expect(months).toHaveValue(String(group.coverageWarningMonths));

  // Out of range: each message at its field, focus on the first, nothing saved.
  await tabTo(page, stale, { max: 120 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await tabTo(page, months);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('61');
  await page.keyboard.press('Enter');
  await expect(stale).toHaveAttribute('aria-invalid', 'true');
  await expect(months).toHaveAttribute('aria-invalid', 'true');
  await expect(settings).toContainText('Ange ett antal möten från 1 till 20.');
  await expect(settings).toContainText('Ange ett antal månader från 1 till 60.');
  await expect(stale).toBeFocused();
  expect(await app.callOk('groups.get', { id: group.id })).toMatchObject({ staleAfterCarries: group.staleAfterCarries, coverageWarningMonths: group.coverageWarningMonths });
  await expectNoViolations(page);

  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await tabTo(page, months);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await tabAndPress(page, settings.getByRole('button', { name: 'Spara inställningarna' }));
  await expect(settings.getByRole('status')).toHaveText('Sparat');
  await expect(stale).not.toHaveAttribute('aria-invalid', 'true');
  expect(await app.callOk('groups.get', { id: group.id })).toMatchObject({ staleAfterCarries: 2, coverageWarningMonths: 12 });
  await page.reload();
  await expect(stale).toHaveValue('2');
  await expect(months).toHaveValue('12');

  // "Gruppens uppdrag" opens the register filtered to the group (decided by it or owned by it).
  await page.getByRole('link', { name: 'Gruppens uppdrag' }).click();
  await expect(page).toHaveURL(new RegExp(`#/actions\\?groupId=${group.id}$`));
  await expect(page.getByRole('combobox', { name: 'Grupp' })).toHaveValue(group.id);
  const r = register(page);
  await expect(r.countLine).toHaveText(count(own.total));
  const shown = await r.titles();
  expect(shown).toEqual(own.titles.slice(0, shown.length));
});

test('unchecking "Bara försenade" brings back the full list it was checked from', async ({ page, app }) => {
  await app.seedUser();
  await seedManyActions(app, 120);
  const all = await apiTitles(app, {});
  const overdue = await apiTitles(app, { overdueOnly: true });
  expect(overdue.total).toBeGreaterThan(0);
  expect(overdue.total).toBeLessThan(all.total);
  const r = register(page);
  const overdueOnly = page.getByRole('checkbox', { name: 'Bara försenade' });

  await app.open('/actions');
  await expect(r.countLine).toHaveText(count(all.total));
  let shown = await r.titles();
  expect(shown).toEqual(all.titles.slice(0, shown.length));

  await overdueOnly.check();
  await expect(r.countLine).toHaveText(count(overdue.total));
  shown = await r.titles();
  expect(shown).toEqual(overdue.titles.slice(0, shown.length));

  // Back to the filter the page started with: its rows are asked for again, not left loading.
  await overdueOnly.uncheck();
  await expect(page).not.toHaveURL(/overdueOnly/);
  await expect(r.countLine).toHaveText(count(all.total));
  shown = await r.titles();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).toEqual(all.titles.slice(0, shown.length));
});
