// `demo [--data-dir DIR] [--scale small|large] [--force] [--seed N] [--today YYYY-MM-DD]`: fills an
// empty data folder with demo data. A folder that already holds data is replaced only with --force.
// The large data set (twenty years of fifty groups, for performance work) goes to a cache folder
// by default and is never written into the app's own data folder.
import fs from 'node:fs';
import path from 'node:path';
import type { MethodOutput } from '../../../shared/contract/index.ts';
import { isValidIsoDate, stockholmToday } from '../../../shared/domain/dates.ts';
import { cliText as text } from '../../../shared/i18n/sv/cli.ts';
import { openCore, type Core } from '../../core/core.ts';
import { checkDataDir, defaultDataDir, ensureDataDir, resolveUserPath } from '../../core/dataDir.ts';
import { defaultLargeDemoDir, isSameOrInside } from '../../core/demo/large/cacheDir.ts';
import { isEmptyForDemo } from '../../core/demo/loadDemo.ts';
import { CliError, databaseFile, dataDirFrom, parse, reportInternalError, usageError, valueOf, type Output } from '../common.ts';

const sqliteSuffixes = ['', '-wal', '-shm', '-journal'];
const scales = ['small', 'large'] as const;
type Scale = (typeof scales)[number];

export type DemoArgs = { dataDir: string | undefined; force: boolean; seed: number; today: string | undefined; scale: Scale };

export function parseDemoArgs(args: string[]): DemoArgs {
  const { values, positionals } = parse(args, {
    'data-dir': { type: 'string' },
    force: { type: 'boolean', default: false },
    seed: { type: 'string' },
    today: { type: 'string' },
    scale: { type: 'string' },
  });
  if (positionals.length > 0) throw usageError(text.unexpectedArgument(positionals[0] ?? ''));
  const seedText = values.seed ?? '1';
  const seed = Number(seedText);
  if (!/^-?\d+$/.test(seedText.trim()) || !Number.isSafeInteger(seed)) throw usageError(text.invalidSeed(seedText));
  if (values.today !== undefined && !isValidIsoDate(values.today)) throw usageError(text.invalidDate('--today', values.today));
  const scale = values.scale ?? 'small';
  if (!(scales as readonly string[]).includes(scale)) throw usageError(text.invalidScale(scale));
  return { dataDir: values['data-dir'], force: values.force ?? false, seed, today: values.today, scale: scale as Scale };
}

const open = (dir: string): Promise<Core> => openCore({ dataDir: ensureDataDir(dir), onInternalError: reportInternalError });

const removeDatabase = (dir: string) => sqliteSuffixes.forEach((suffix) => fs.rmSync(databaseFile(dir) + suffix, { force: true }));

/**
 * Refuses a folder that holds data unless --force; with --force the old database is removed.
 * `checkWithForce: false` skips opening a database that goes anyway (opening would first
 * migrate it, and the large data set takes minutes to migrate).
 */
async function prepareFolder(dir: string, force: boolean, checkWithForce = true): Promise<void> {
  if (!fs.existsSync(databaseFile(dir))) return;
  if (force && !checkWithForce) return removeDatabase(dir);
  const existing = await open(dir);
  let empty: boolean;
  try {
    empty = isEmptyForDemo(existing.context);
  } finally {
    existing.close();
  }
  if (empty) return;
  if (!force) throw new CliError(text.demoNotEmpty(dir));
  removeDatabase(dir);
}

/** The path with symlinks resolved as far as it exists. */
function realPath(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    const parent = path.dirname(p);
    return parent === p ? p : path.join(realPath(parent), path.basename(p));
  }
}

/** The large data set's folder: --data-dir or the cache folder, refused inside the app's data folder. */
function largeDemoDirFrom(value: string | undefined): string {
  const dir = value === undefined ? defaultLargeDemoDir() : resolveUserPath(value);
  const appData = defaultDataDir();
  if (isSameOrInside(realPath(dir), realPath(appData))) throw new CliError(text.demoLargeInDataDir(dir, appData));
  const check = checkDataDir(dir);
  if (!check.ok) throw new CliError(check.reason);
  return dir;
}

/** For tests: a smaller large data set (the command line always makes the full one). */
export type DemoRunOptions = { largeSize?: { years?: number; groups?: number; people?: number } };

export async function runDemo(args: string[], output: Output, runOptions: DemoRunOptions = {}): Promise<number> {
  const options = parseDemoArgs(args);
  const dir = options.scale === 'large' ? largeDemoDirFrom(options.dataDir) : dataDirFrom(options.dataDir);
  await prepareFolder(dir, options.force, options.scale === 'small');

  const core = await open(dir);
  try {
    const today = options.today ?? stockholmToday(core.context.now());
    if (options.scale === 'large') {
      // Loaded only here: the small demo and --help stay as fast as before.
      const { generateLargeDemo } = await import('../../core/demo/large/generate.ts');
      const started = performance.now();
      const counts = generateLargeDemo(core.db, { seed: options.seed, today, ...runOptions.largeSize });
      const seconds = (performance.now() - started) / 1000;
      output.out(text.demoLargeLoaded(dir, { ...counts, seed: options.seed, today, seconds, megabytes: fs.statSync(databaseFile(dir)).size / 1e6 }));
      return 0;
    }
    const summary = valueOf<MethodOutput<'demo.load'>>(await core.call('demo.load', { seed: options.seed, today }));
    output.out(text.demoLoaded(dir, summary.groups, summary.meetings, options.seed, today));
    return 0;
  } finally {
    core.close();
  }
}
