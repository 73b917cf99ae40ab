// `npm run cli -- --help`: the Swedish help text with every command and flag.
import { cliText as text } from '../../../shared/i18n/sv/cli.ts';
import { defaultDataDir } from '../../core/dataDir.ts';
import type { Output } from '../errors.ts';

export function helpText(): string {
  return text.usage(defaultDataDir());
}

export function runHelp(output: Output): number {
  output.out(helpText());
  return 0;
}
