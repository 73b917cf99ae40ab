// The command line of Protokollet: `npm run cli -- <command> [flags]` (see --help).
// Runs under the project's Node 24. Exit codes: 0 done, 1 failure, 2 wrong usage.
import { cliText as text } from '../../shared/i18n/sv/cli.ts';
import { runHelp } from './commands/help.ts';
import { CliError, usageError, type Output } from './errors.ts';

type Command = (args: string[], output: Output) => number | Promise<number>;

// Loaded on demand, so --help and usage errors start fast.
const commands: Record<string, () => Promise<Command>> = {
  demo: async () => (await import('./commands/demo.ts')).runDemo,
  list: async () => (await import('./commands/list.ts')).runList,
  export: async () => (await import('./commands/export.ts')).runExport,
  help: async () => (_args, output) => runHelp(output),
};

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

export async function runCli(argv: string[], output: Output): Promise<number> {
  try {
    const [command, ...args] = argv;
    if (command === undefined) throw usageError(text.missingCommand);
    if (isHelp(command) || args.some(isHelp)) return runHelp(output);
    const load = Object.prototype.hasOwnProperty.call(commands, command) ? commands[command] : undefined;
    if (!load) throw usageError(text.unknownCommand(command));
    return await (await load())(args, output);
  } catch (error) {
    if (error instanceof CliError) {
      output.err(error.message);
      return error.exitCode;
    }
    output.err(text.failed(error instanceof Error ? error.message : String(error)));
    return 1;
  }
}

if (import.meta.main) {
  const output: Output = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };
  // exitCode rather than exit(): lets stdout drain when it is a pipe.
  process.exitCode = await runCli(process.argv.slice(2), output);
}
