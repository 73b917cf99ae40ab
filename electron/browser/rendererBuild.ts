// Browser mode serves dist/renderer; build it when it is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function rendererNeedsBuild(projectRoot: string): boolean {
  const index = path.join(projectRoot, 'dist', 'renderer', 'index.html');
  if (!fs.existsSync(index)) return true;
  const sources = ['renderer', 'shared'].map((dir) => path.join(projectRoot, dir)).filter((dir) => fs.existsSync(dir));
  const builtAt = fs.statSync(index).mtimeMs;
  return sources.some((dir) => newestMtime(dir) > builtAt);
}

/** Runs the renderer build with the project's own Node; returns false when it failed. */
export function buildRenderer(projectRoot: string): boolean {
  const viteCli = path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [viteCli, 'build', '--logLevel', 'warn'], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  return result.status === 0;
}
