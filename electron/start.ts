// `npm start`: the desktop app when Electron's binary is available, otherwise browser mode.
// Runs under plain Node and never imports 'electron' (that would start a download).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { browserModeText as text } from '../shared/i18n/sv/browserMode.ts';
import { runBrowserMode } from './browser/main.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const electronPackage = path.join(projectRoot, 'node_modules', 'electron');

/** The Electron binary's path, if the electron package has downloaded it. */
export function electronBinary(): string | null {
  const pathFile = path.join(electronPackage, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronPackage, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** The electron package downloads its binary lazily; try that once, quietly and bounded. */
function tryElectronDownload(): string | null {
  const installScript = path.join(electronPackage, 'install.js');
  if (!fs.existsSync(installScript)) return null;
  console.error(text.electronDownloading);
  spawnSync(process.execPath, [installScript], { cwd: electronPackage, stdio: 'ignore', timeout: 120_000 });
  return electronBinary();
}

function runElectron(binary: string, args: string[]): void {
  // npm sets npm_execpath when it runs this script; build main, preload and renderer first.
  const npmCli = process.env.npm_execpath;
  const build = npmCli
    ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: projectRoot, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(binary, [projectRoot, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

export type ShellChoice = { shell: 'electron'; binary: string } | { shell: 'browser'; notice: string | null };

/** Electron when its binary is there (after one download attempt), browser mode otherwise. */
export function chooseShell(args: readonly string[], find: () => string | null, download: () => string | null): ShellChoice {
  if (args.includes('--browser') || args.includes('--help')) return { shell: 'browser', notice: null };
  const binary = find() ?? download();
  return binary ? { shell: 'electron', binary } : { shell: 'browser', notice: text.electronMissing };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const choice = chooseShell(args, electronBinary, tryElectronDownload);
  if (choice.shell === 'electron') runElectron(choice.binary, args);
  else {
    if (choice.notice) console.error(choice.notice);
    await runBrowserMode(args);
  }
}
