// `npm run bench [-- --out FILE.json] [--data-dir DIR] [--runs N] [--no-browser]`: measures the
// app against twenty years of fifty groups (generated once into a cache folder when missing),
// prints a table and writes { rss_mb, results: [{ name, p50_ms, p95_ms, ratio_to_raw? }] }.
// Targets are reported beside the figures; nothing here fails on a slow result.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from '../electron/core/core.ts';
import { largeDemoCacheRoot } from '../electron/core/demo/large/cacheDir.ts';
import { dashboardCase, exportCases, registerCases, searchCases } from './cases.ts';
import { benchToday, datasetDirUnder, ensureDataset, workingCopy } from './dataset.ts';
import { keystrokeCase } from './keystroke.ts';
import { sample, summarise, type BenchResult } from './measure.ts';
import { printTable } from './report.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'bench-results.json' },
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '60' },
    'no-browser': { type: 'boolean', default: false },
  },
  strict: true,
});

const log = (line: string) => console.error(line);
const runs = Math.max(5, Number(values.runs));
// Enough warm-up for V8 to optimise the app path (zod, services), as in an app that has been open
// a while: after 30 rounds the first register case still measured the JIT (app/raw 1.53, then 1.13).
const fast = { warmup: 100, runs };
// 20 samples, so the nearest-rank p95 is the 19th and not simply the slowest run (as it is with 15).
const slow = { warmup: 2, runs: Math.max(5, Math.round(runs / 3)) };

const datasetDir = values['data-dir'] ? path.resolve(values['data-dir']) : datasetDirUnder(largeDemoCacheRoot());
const started = Date.now();
await ensureDataset(datasetDir, log);
log(`Data: ${datasetDir} (${Math.round(fs.statSync(path.join(datasetDir, 'protokollet.sqlite')).size / 1e6)} MB)`);
const copy = workingCopy(datasetDir);
const now = () => new Date(`${benchToday}T10:00:00Z`);
const actor = { name: 'Prestandamätning', title: null };

try {
  const results: BenchResult[] = [];
  results.push(summarise('open_migrate', await sample(async () => (await openCore({ dataDir: copy.dir, validateOutput: false, now })).close(), fast)));

  const core = await openCore({ dataDir: copy.dir, validateOutput: false, now, actor });
  try {
    log('Sökning …');
    results.push(...(await searchCases(core, fast)));
    log('Uppdragsregister …');
    results.push(...(await registerCases(core, benchToday, fast)));
    log('Översikt …');
    results.push(await dashboardCase(core, slow));
    log('Word-dokument …');
    results.push(...(await exportCases(core, benchToday, slow)));
  } finally {
    core.close();
  }
  if (!values['no-browser']) {
    log('Sökrutan i Chromium …');
    const keystroke = await keystrokeCase(copy.dir, now, log);
    if (keystroke) results.push(keystroke);
  }

  const rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
  const report = { rss_mb, results };
  fs.writeFileSync(path.resolve(values.out), `${JSON.stringify(report, null, 2)}\n`);
  printTable(report, { machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`, seconds: (Date.now() - started) / 1000 });
  log(`JSON: ${path.resolve(values.out)}`);
} finally {
  copy.remove();
}
