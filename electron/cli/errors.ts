// The CLI's error type and output channel; kept free of heavy imports so --help starts fast.
import { cliText as text } from '../../shared/i18n/sv/cli.ts';

/** An error the CLI reports in Swedish: exit code 1 for failures, 2 for wrong usage. */
export class CliError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

export const usageError = (message: string): CliError => new CliError(`${message}\n${text.helpHint}`, 2);

/** What a command writes; main.ts passes the process streams. */
export type Output = { out: (line: string) => void; err: (line: string) => void };
