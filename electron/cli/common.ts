// Shared pieces of the CLI commands: argument parsing with Swedish errors, the data folder,
// opening the core, and plain-text tables.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { cliText as text } from '../../shared/i18n/sv/cli.ts';
import { openCore, databaseFileName, type Core } from '../core/core.ts';
import { checkDataDir, defaultDataDir, ensureDataDir, resolveUserPath } from '../core/dataDir.ts';
import type { ApiError, Result } from '../../shared/contract/index.ts';
import { CliError, usageError } from './errors.ts';

export { CliError, usageError, type Output } from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

const quoted = (message: string): string => /'([^']+)'/.exec(message)?.[1] ?? message;

/** node:util parseArgs, strict, with its English errors turned into Swedish usage errors. */
export function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageError(text.unknownOption(quoted(message)));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw usageError(text.missingValue(quoted(message).split(' ')[0] ?? ''));
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw usageError(text.unexpectedArgument(quoted(message)));
    throw usageError(text.invalidArguments(message));
  }
}

/** The data folder from --data-dir (relative to where npm was run) or the default; refused if unsafe. */
export function dataDirFrom(value: string | undefined): string {
  const dir = value === undefined ? defaultDataDir() : resolveUserPath(value);
  const check = checkDataDir(dir);
  if (!check.ok) throw new CliError(check.reason);
  return dir;
}

export const databaseFile = (dir: string): string => path.join(dir, databaseFileName);

/** Opens the core on a folder that must already hold a database (listing never creates one). */
export async function openExistingCore(dir: string, actor?: { name: string; title: string | null }): Promise<Core> {
  if (!fs.existsSync(databaseFile(dir))) throw new CliError(text.noDatabase(dir));
  return openCore({ dataDir: ensureDataDir(dir), onInternalError: reportInternalError, actor });
}

export function reportInternalError(method: string, error: unknown): void {
  console.error(`[protokollet] ${method}:`, error);
}

/** The value of a successful call, or a CliError with the API's Swedish message. */
export function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new CliError(apiErrorMessage(result.error));
  return result.value as T;
}

function apiErrorMessage(error: ApiError): string {
  const issues = error.issues?.map((issue) => `${issue.path}: ${issue.message}`) ?? [];
  return [error.message, ...issues].join('\n');
}

/** Columns padded to their widest cell, a rule under the header. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
