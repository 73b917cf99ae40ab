// Where the data folder (database, backups) lives, and which folders are refused.
// SQLite runs in WAL mode, which relies on shared memory and byte-range locks that network file
// systems and cloud-sync clients do not provide reliably: a database there can be corrupted.
// Plain Node: used by the Electron main process, browser mode and the CLI.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataFolderText as text } from '../../shared/i18n/sv/dataFolder.ts';

export type DataDirCheck = { ok: true } | { ok: false; reason: string };

export type CheckDataDirOptions = {
  /** Contents of /proc/mounts, or null when unavailable (injected in tests). */
  readMounts?: () => string | null;
  /** Resolves symlinks of an existing path (injected in tests). */
  realpath?: (p: string) => string;
  /** Whether the path exists and is not a directory (injected in tests). */
  isNonDirectory?: (p: string) => boolean;
};

const pathFor = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix);

/** A local, non-roaming folder for the app's data (roaming profiles may sit on a server). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    return local && path.win32.isAbsolute(local)
      ? path.win32.join(local, 'Protokollet')
      : path.win32.join(home, 'AppData', 'Local', 'Protokollet');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Protokollet');
  // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  return xdg && path.posix.isAbsolute(xdg) ? path.posix.join(xdg, 'protokollet') : path.posix.join(home, '.local', 'share', 'protokollet');
}

/** Resolves a user-given path against the folder the user ran npm from (INIT_CWD), else the cwd. */
export function resolveUserPath(p: string, env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  // Kept as given so that checkDataDir can refuse it (on POSIX it would become a relative name).
  if (isUncPath(p)) return p;
  let expanded = p;
  if (p === '~') expanded = home;
  else if (p.startsWith('~/') || p.startsWith('~\\')) expanded = path.join(home, p.slice(2));
  return path.resolve(env.INIT_CWD || process.cwd(), expanded);
}

// \\server\share and //server/share; \\?\UNC\server\share is the long-path form of the same.
const uncPattern = /^[\\/]{2}(?![?.][\\/])[^\\/]+[\\/]+[^\\/]+/;
const longUncPattern = /^[\\/]{2}[?.][\\/]UNC[\\/]/i;

export function isUncPath(p: string): boolean {
  return uncPattern.test(p) || longUncPattern.test(p);
}

// Folder names that cloud-sync clients create (compared case-insensitively, per path segment).
const cloudFolders: { service: string; matches: (segment: string) => boolean }[] = [
  // "OneDrive", "OneDrive - Kommunen" (OneDrive for work or school)
  { service: 'OneDrive', matches: (s) => s === 'onedrive' || s.startsWith('onedrive - ') || s.startsWith('onedrive-') },
  // "Dropbox", "Dropbox (Personal)", "Dropbox (Kommunen)"
  { service: 'Dropbox', matches: (s) => s === 'dropbox' || s.startsWith('dropbox (') },
  // Windows: G:\My Drive; macOS: ~/Library/CloudStorage/GoogleDrive-anna@x.se/My Drive
  {
    service: 'Google Drive',
    matches: (s) => s === 'google drive' || s === 'googledrive' || s.startsWith('googledrive-') || s === 'my drive' || s === 'min enhet',
  },
  // macOS: ~/Library/Mobile Documents/com~apple~CloudDocs; Windows: C:\Users\x\iCloudDrive
  { service: 'iCloud Drive', matches: (s) => s === 'mobile documents' || s === 'icloud drive' || s === 'iclouddrive' || s === 'com~apple~clouddocs' },
  { service: 'Box', matches: (s) => s === 'box' || s === 'box sync' || s === 'box drive' },
  // macOS File Provider root that holds OneDrive, Dropbox, Google Drive, Box and others.
  { service: 'en molntjänst', matches: (s) => s === 'cloudstorage' },
];

export function cloudServiceOf(p: string): string | null {
  const segments = p.split(/[\\/]+/).map((s) => s.trim().toLowerCase());
  // The most specific service wins: ~/Library/CloudStorage/OneDrive-x is reported as OneDrive.
  for (const folder of cloudFolders) {
    if (segments.some((segment) => folder.matches(segment))) return folder.service;
  }
  return null;
}

export const networkFileSystems = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'sshfs',
  'fuse.sshfs',
  'davfs',
  'fuse.davfs2',
  'fuse.rclone',
  'afs',
  'ceph',
  'glusterfs',
  'fuse.glusterfs',
]);

type Mount = { mountPoint: string; fsType: string };

/** /proc/mounts escapes space, tab, newline and backslash as octal (\040 etc.). */
function unescapeMount(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

export function parseMounts(content: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of content.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 3 || !fields[1] || !fields[2]) continue;
    mounts.push({ mountPoint: unescapeMount(fields[1]), fsType: fields[2] });
  }
  return mounts;
}

/** The file system type of the mount that holds `p` (longest matching mount point). */
export function fileSystemOf(p: string, mounts: Mount[]): string | null {
  let best: Mount | null = null;
  for (const mount of mounts) {
    const point = mount.mountPoint;
    const contains = point === '/' || p === point || p.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (contains && (!best || point.length >= best.mountPoint.length)) best = mount;
  }
  return best ? best.fsType : null;
}

function readProcMounts(): string | null {
  try {
    return fs.readFileSync('/proc/mounts', 'utf8');
  } catch {
    return null;
  }
}

/** Resolves symlinks through the nearest existing ancestor (the folder itself may not exist yet). */
function realpathOfNearest(p: string, realpath: (p: string) => string, paths: path.PlatformPath): string {
  const rest: string[] = [];
  let current = p;
  for (;;) {
    try {
      return paths.join(realpath(current), ...rest.reverse());
    } catch {
      const parent = paths.dirname(current);
      if (parent === current) return p;
      rest.push(paths.basename(current));
      current = parent;
    }
  }
}

function existsAsNonDirectory(p: string): boolean {
  try {
    return !fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Refuses data folders where SQLite's WAL mode is unsafe: network shares and cloud-sync folders. */
export function checkDataDir(dir: string, platform: NodeJS.Platform = process.platform, options: CheckDataDirOptions = {}): DataDirCheck {
  if (isUncPath(dir)) return { ok: false, reason: text.uncPath(dir) };

  const paths = pathFor(platform);
  const resolved = paths.resolve(dir);
  const service = cloudServiceOf(resolved);
  if (service) return { ok: false, reason: text.cloudFolder(dir, service) };

  // Symlinks can lead elsewhere; on Windows a mapped network drive resolves to its UNC path.
  const realpath = options.realpath ?? (platform === process.platform ? (p: string) => fs.realpathSync.native(p) : null);
  const real = realpath ? realpathOfNearest(resolved, realpath, paths) : resolved;
  if (real !== resolved) {
    if (isUncPath(real)) return { ok: false, reason: text.uncPath(dir) };
    const realService = cloudServiceOf(real);
    if (realService) return { ok: false, reason: text.cloudFolder(dir, realService) };
  }

  if (platform === 'linux') {
    const content = (options.readMounts ?? readProcMounts)();
    const fsType = content ? fileSystemOf(real, parseMounts(content)) : null;
    if (fsType && networkFileSystems.has(fsType.toLowerCase())) return { ok: false, reason: text.networkMount(dir, fsType) };
  }

  if ((options.isNonDirectory ?? existsAsNonDirectory)(resolved)) return { ok: false, reason: text.notADirectory(dir) };
  return { ok: true };
}

/** Creates the data folder (and its parents) if needed; returns it. */
export function ensureDataDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
