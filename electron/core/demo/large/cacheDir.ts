// Where the large demo data set lives: a cache folder, never the app's data folder, since it is
// generated (and regenerated) at will and holds nothing the user wrote. Pure: the environment,
// platform and home folder are parameters.
import os from 'node:os';
import path from 'node:path';

const pathsFor = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix);

/** The app's cache folder: XDG cache on Linux, ~/Library/Caches on macOS, the temp folder on Windows. */
export function largeDemoCacheRoot(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (platform === 'win32') {
    // Windows has no cache folder of its own; under LOCALAPPDATA\Protokollet would be the data folder.
    const temp = [env.TEMP, env.TMP].find((dir) => dir && path.win32.isAbsolute(dir));
    if (temp) return path.win32.join(temp, 'Protokollet');
    const local = env.LOCALAPPDATA && path.win32.isAbsolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA : path.win32.join(home, 'AppData', 'Local');
    return path.win32.join(local, 'Temp', 'Protokollet');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Caches', 'Protokollet');
  // XDG Base Directory spec: a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  return xdg && path.posix.isAbsolute(xdg) ? path.posix.join(xdg, 'protokollet') : path.posix.join(home, '.cache', 'protokollet');
}

/** The default folder of `demo --scale large`. */
export function defaultLargeDemoDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  return pathsFor(platform).join(largeDemoCacheRoot(env, platform, home), 'demo-large');
}

/** Whether `dir` is `parent` or lies inside it (case-insensitively where the file system usually is). */
export function isSameOrInside(dir: string, parent: string, platform: NodeJS.Platform = process.platform): boolean {
  const paths = pathsFor(platform);
  const fold = platform === 'win32' || platform === 'darwin' ? (p: string) => p.toLowerCase() : (p: string) => p;
  const relative = paths.relative(fold(paths.resolve(parent)), fold(paths.resolve(dir)));
  return relative === '' || !(relative === '..' || relative.startsWith(`..${paths.sep}`) || paths.isAbsolute(relative));
}
