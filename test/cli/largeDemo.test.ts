// `demo --scale large`: where the data set may go, and the command's own path with a small size
// (the command line always generates the full data set, which takes most of a minute).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../../electron/cli/commands/demo.ts';
import { openCore } from '../../electron/core/core.ts';
import { listMeetings } from '../../electron/core/repositories/meetings.ts';
import { tempDir } from '../helpers/core.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const nodeBinary = path.join(root, 'node_modules', '.bin', 'node');

function cli(env: NodeJS.ProcessEnv, ...args: string[]) {
  const result = spawnSync(nodeBinary, ['electron/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: root, ...env }, timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function capture() {
  const lines: string[] = [];
  return { lines, output: { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) } };
}

const small = { largeSize: { years: 1, groups: 2, people: 40 } };

describe('demo --scale large', { timeout: 60_000 }, () => {
  it('refuses the app data folder and folders inside it, before writing anything', () => {
    const home = tempDir();
    const env = { XDG_DATA_HOME: home };
    const dataDir = path.join(home, 'protokollet');
    for (const dir of [dataDir, path.join(dataDir, 'demo')]) {
      const run = cli(env, 'demo', '--scale', 'large', '--data-dir', dir, '--today', '2026-03-10');
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('appens datamapp');
    }
    // A cache folder configured inside the data folder is refused as well.
    const inside = cli({ ...env, XDG_CACHE_HOME: dataDir }, 'demo', '--scale', 'large', '--today', '2026-03-10');
    expect(inside.code).toBe(1);
    expect(inside.stderr).toContain('appens datamapp');
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('refuses an unknown scale as wrong usage and lists --scale in the help', () => {
    const run = cli({}, 'demo', '--scale', 'huge', '--data-dir', tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('small eller large');
    expect(cli({}, '--help').stdout).toContain('--scale');
  });

  it('fills a folder, refuses it once filled, and replaces it with --force by the same content', async () => {
    const dir = path.join(tempDir('protokollet-large-'), 'data');
    const args = ['--scale', 'large', '--data-dir', dir, '--seed', '3', '--today', '2026-03-10'];
    const first = capture();
    expect(await runDemo(args, first.output, small)).toBe(0);
    expect(first.lines.join('\n')).toMatch(/^Stor demodata inläst i .+ på \d+,\d s \(slumpfrö 3, utgångsdatum 2026-03-10\):\n {2}2 grupper, 40 personer, \d+ möten/);
    const read = async () => {
      const core = await openCore({ dataDir: dir });
      try {
        return listMeetings(core.db, {});
      } finally {
        core.close();
      }
    };
    const before = await read();
    expect(before.length).toBeGreaterThan(10);

    await expect(runDemo(args, capture().output, small)).rejects.toThrow('--force');
    expect(await runDemo([...args, '--force'], capture().output, small)).toBe(0);
    expect(await read()).toEqual(before);
  });
});
