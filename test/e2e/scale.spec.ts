// The renderer at scale: with the large data set (twenty years of fifty groups, 100,000 actions)
// the register and the search results keep only the visible rows in the DOM however far they are
// scrolled. The data set is generated once into the cache folder the benchmark uses.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { databaseFileName } from '../../electron/core/core.ts';
import { largeDemoCacheRoot } from '../../electron/core/demo/large/cacheDir.ts';
import { datasetDirUnder, ensureDataset } from '../../bench/dataset.ts';
import { expect, test } from './fixtures.ts';

/** "About 1,400 nodes" is the bound for the whole document while scrolling. */
const maxNodes = 1400;
const domSize = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

const datasetDir = datasetDirUnder(largeDemoCacheRoot());
test.beforeAll(async () => {
  test.setTimeout(240_000);
  await ensureDataset(datasetDir, (line) => console.log(line));
});
test.use({ initialDatabase: path.join(datasetDir, databaseFileName) });

/** Scrolls `scroller` from top to bottom in `steps` jumps, checking the DOM size after each render. */
async function scrollThrough(page: Page, scroller: ReturnType<Page['locator']>, steps: number): Promise<number> {
  let largest = 0;
  for (let i = 1; i <= steps; i += 1) {
    await scroller.evaluate((el, fraction) => el.scrollTo({ top: el.scrollHeight * fraction }), i / steps);
    await page.waitForTimeout(50);
    largest = Math.max(largest, await domSize(page));
  }
  return largest;
}

test('the register scrolls through 100,000 actions with a small DOM', async ({ page, app }) => {
  test.setTimeout(240_000);
  await app.seedUser();
  const { total } = await app.callOk('register.actions', { limit: 1 });
  expect(total).toBeGreaterThan(95_000);

  await app.open('/actions');
  const table = page.getByRole('table', { name: 'Uppdrag' });
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  const largest = await scrollThrough(page, table, 40);
  // The last action is reached (its page fetched on arrival), and the DOM never grew.
  await expect(table.locator(`[role="row"][aria-rowindex="${total + 1}"]`)).toBeVisible();
  expect(largest).toBeLessThan(maxNodes);
  expect(await domSize(page)).toBeLessThan(maxNodes);
});

test('the search results for a word in most records scroll to their end with a small DOM', async ({ page, app }) => {
  test.setTimeout(240_000);
  await app.seedUser();
  const frequent = await app.callOk('search.query', { text: 'arbetet', prefix: false, limit: 1 });
  expect(frequent).toMatchObject({ totalCapped: true, order: 'recency' });

  await app.open('/search?q=arbetet%20');
  const list = page.getByRole('list', { name: 'Träffar' });
  await expect(list.locator('[data-index]').first()).toBeVisible();
  await expect(page.getByText(`Fler än ${new Intl.NumberFormat('sv-SE').format(frequent.total)} träffar`)).toBeVisible();
  const scroller = list.locator('xpath=..');
  const largest = await scrollThrough(page, scroller, 30);
  await expect(list.locator(`[data-index="${frequent.total - 1}"]`)).toBeVisible();
  expect(largest).toBeLessThan(maxNodes);
});
