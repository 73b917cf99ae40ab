// The benchmark's data: the large demo data set, generated once (seed and "today" fixed, so
// figures stay comparable across versions) into a cache folder, and copied for each run so the
// cached set is never changed by what the benchmark writes (exports log their sendings).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDemo } from '../electron/cli/commands/demo.ts';
import { databaseFileName } from '../electron/core/core.ts';
import { latestSchemaVersion } from '../electron/core/db/migrations/index.ts';

export const benchSeed = 1;
/** The data set's "today"; the benchmark's clock is set to it, so overdue counts are stable. */
export const benchToday = '2026-06-15';

/** A folder per seed, date and schema version: a new schema regenerates instead of migrating 20 years. */
export function datasetDirUnder(cacheRoot: string): string {
  return path.join(cacheRoot, `bench-large-seed${benchSeed}-${benchToday}-v${latestSchemaVersion}`);
}

// Written after a complete generation: a run killed halfway leaves no marker and is redone.
const completeMarker = 'complete';

/** Generates the data set into `dir` unless a complete one is there; returns the database file. */
export async function ensureDataset(dir: string, log: (line: string) => void): Promise<string> {
  const file = path.join(dir, databaseFileName);
  if (fs.existsSync(path.join(dir, completeMarker)) && fs.existsSync(file)) return file;
  log(`Skapar den stora demodatamängden i ${dir} …`);
  const code = await runDemo(['--scale', 'large', '--data-dir', dir, '--seed', String(benchSeed), '--today', benchToday, '--force'], {
    out: log,
    err: log,
  });
  if (code !== 0) throw new Error(`demo --scale large failed with exit code ${code}`);
  fs.writeFileSync(path.join(dir, completeMarker), `${new Date().toISOString()}\n`);
  return file;
}

/** A private copy of the data set's database file (after a checkpoint, the file holds everything). */
export function workingCopy(dir: string): { dir: string; remove(): void } {
  const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokollet-bench-'));
  fs.copyFileSync(path.join(dir, databaseFileName), path.join(copyDir, databaseFileName));
  return { dir: copyDir, remove: () => fs.rmSync(copyDir, { recursive: true, force: true }) };
}
