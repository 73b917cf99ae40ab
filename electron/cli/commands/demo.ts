// `demo [--data-dir DIR] [--force] [--seed N] [--today YYYY-MM-DD]`: fills an empty data folder
// with demo data. A folder that already holds data is replaced only with --force.
import fs from 'node:fs';
import type { MethodOutput } from '../../../shared/contract/index.ts';
import { isValidIsoDate, stockholmToday } from '../../../shared/domain/dates.ts';
import { cliText as text } from '../../../shared/i18n/sv/cli.ts';
import { openCore, type Core } from '../../core/core.ts';
import { ensureDataDir } from '../../core/dataDir.ts';
import { isEmptyForDemo } from '../../core/demo/loadDemo.ts';
import { CliError, databaseFile, dataDirFrom, parse, reportInternalError, usageError, valueOf, type Output } from '../common.ts';

const sqliteSuffixes = ['', '-wal', '-shm', '-journal'];

export type DemoArgs = { dataDir: string | undefined; force: boolean; seed: number; today: string | undefined };

export function parseDemoArgs(args: string[]): DemoArgs {
  const { values, positionals } = parse(args, {
    'data-dir': { type: 'string' },
    force: { type: 'boolean', default: false },
    seed: { type: 'string' },
    today: { type: 'string' },
  });
  if (positionals.length > 0) throw usageError(text.unexpectedArgument(positionals[0] ?? ''));
  const seedText = values.seed ?? '1';
  const seed = Number(seedText);
  if (!/^-?\d+$/.test(seedText.trim()) || !Number.isSafeInteger(seed)) throw usageError(text.invalidSeed(seedText));
  if (values.today !== undefined && !isValidIsoDate(values.today)) throw usageError(text.invalidDate('--today', values.today));
  return { dataDir: values['data-dir'], force: values.force ?? false, seed, today: values.today };
}

const open = (dir: string): Promise<Core> => openCore({ dataDir: ensureDataDir(dir), onInternalError: reportInternalError });

export async function runDemo(args: string[], output: Output): Promise<number> {
  const options = parseDemoArgs(args);
  const dir = dataDirFrom(options.dataDir);

  if (fs.existsSync(databaseFile(dir))) {
    const existing = await open(dir);
    let empty: boolean;
    try {
      empty = isEmptyForDemo(existing.context);
    } finally {
      existing.close();
    }
    if (!empty) {
      if (!options.force) throw new CliError(text.demoNotEmpty(dir));
      for (const suffix of sqliteSuffixes) fs.rmSync(databaseFile(dir) + suffix, { force: true });
    }
  }

  const core = await open(dir);
  try {
    const today = options.today ?? stockholmToday(core.context.now());
    const summary = valueOf<MethodOutput<'demo.load'>>(await core.call('demo.load', { seed: options.seed, today }));
    output.out(text.demoLoaded(dir, summary.groups, summary.meetings, options.seed, today));
    return 0;
  } finally {
    core.close();
  }
}
