// Keystroke-to-results in a real browser: the browser-mode server on the benchmark's copy, the
// built renderer in Chromium, and the search page typed into. Measured inside the page from the
// keydown of a word's last letter to the frame after the hits for the whole word are in the DOM,
// so it includes the search box's debounce, the HTTP round trip and React's render.
// Reported, not asserted; skipped with a note when Chromium or the renderer build is missing.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startBrowserServer } from '../electron/browser/server.ts';
import { buildRenderer, rendererNeedsBuild } from '../electron/browser/rendererBuild.ts';
import { openCore } from '../electron/core/core.ts';
import { benchmarkTerms } from '../electron/core/demo/large/generate.ts';
import { summarise, type BenchResult } from './measure.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const repetitions = 4;

declare global {
  interface Window {
    benchKeyAt?: number;
  }
}

export async function keystrokeCase(dataDir: string, now: () => Date, log: (line: string) => void): Promise<BenchResult | null> {
  if (!fs.existsSync(chromiumPath)) {
    log(`Chromium saknas (${chromiumPath}); tangenttryck-till-träffar mäts inte.`);
    return null;
  }
  if (rendererNeedsBuild(projectRoot) && !buildRenderer(projectRoot)) throw new Error('the renderer could not be built');

  // As browser mode runs: output validation on.
  const core = await openCore({ dataDir, now });
  const user = await core.call('user.set', { name: 'Prestandamätning', title: 'Sekreterare' });
  if (!user.ok) throw new Error(user.error.message);
  const token = randomBytes(24).toString('base64url');
  const server = await startBrowserServer({ call: core.call, staticDir: path.join(projectRoot, 'dist', 'renderer'), token, port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}#token=${token}`);
    await page.goto(`${server.url}#/search`);
    const box = page.getByRole('searchbox');
    await box.waitFor();
    await page.evaluate(() => document.addEventListener('keydown', () => (window.benchKeyAt = performance.now()), true));

    const samples: number[] = [];
    const words = [benchmarkTerms.common, benchmarkTerms.rare, benchmarkTerms.frequent, benchmarkTerms.prefix, 'samverkan'];
    for (let round = 0; round < repetitions; round += 1) {
      for (const word of words) {
        await box.fill('');
        await page.waitForTimeout(250);
        await box.pressSequentially(word.slice(0, -1));
        await page.waitForTimeout(250);
        const shown = page.evaluate(
          (text) =>
            new Promise<number>((resolve) => {
              const done = () => document.querySelector(`[data-results-for="${CSS.escape(text)}"] [data-index]`);
              const check = () => (done() ? requestAnimationFrame(() => resolve(performance.now() - (window.benchKeyAt ?? 0))) : requestAnimationFrame(check));
              check();
            }),
          word,
        );
        await box.press(word.slice(-1));
        samples.push(await shown);
      }
    }
    return summarise('search_keystroke_chromium', samples);
  } finally {
    await browser.close();
    await server.close();
    core.close();
  }
}
