import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkDataDir,
  cloudServiceOf,
  defaultDataDir,
  ensureDataDir,
  fileSystemOf,
  isUncPath,
  parseMounts,
  resolveUserPath,
} from '../../electron/core/dataDir.ts';

// Pure checks: no real file system look-ups unless a test asks for them.
const pure = { readMounts: () => null, realpath: (p: string) => p, isNonDirectory: () => false };

describe('defaultDataDir', () => {
  it('uses LOCALAPPDATA on Windows (local, not roaming)', () => {
    expect(defaultDataDir({ LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local', APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' }, 'win32', 'C:\\Users\\anna')).toBe(
      'C:\\Users\\anna\\AppData\\Local\\Protokollet',
    );
  });

  it('falls back to home\\AppData\\Local on Windows', () => {
    expect(defaultDataDir({}, 'win32', 'C:\\Users\\anna')).toBe('C:\\Users\\anna\\AppData\\Local\\Protokollet');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({}, 'darwin', '/Users/anna')).toBe('/Users/anna/Library/Application Support/Protokollet');
  });

  it('uses XDG_DATA_HOME on Linux, else ~/.local/share', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/data/anna' }, 'linux', '/home/anna')).toBe('/data/anna/protokollet');
    expect(defaultDataDir({}, 'linux', '/home/anna')).toBe('/home/anna/.local/share/protokollet');
    // A relative XDG_DATA_HOME is invalid per the spec and ignored.
    expect(defaultDataDir({ XDG_DATA_HOME: 'rel' }, 'linux', '/home/anna')).toBe('/home/anna/.local/share/protokollet');
  });

  it('is accepted by checkDataDir on every platform', () => {
    expect(checkDataDir(defaultDataDir({}, 'win32', 'C:\\Users\\anna'), 'win32', pure)).toEqual({ ok: true });
    expect(checkDataDir(defaultDataDir({}, 'darwin', '/Users/anna'), 'darwin', pure)).toEqual({ ok: true });
    expect(checkDataDir(defaultDataDir({}, 'linux', '/home/anna'), 'linux', pure)).toEqual({ ok: true });
  });
});

describe('resolveUserPath', () => {
  it('resolves relative paths against INIT_CWD', () => {
    expect(resolveUserPath('data', { INIT_CWD: '/home/anna/projekt' })).toBe(path.resolve('/home/anna/projekt', 'data'));
  });

  it('falls back to the current directory', () => {
    expect(resolveUserPath('data', {})).toBe(path.resolve(process.cwd(), 'data'));
  });

  it('keeps UNC paths as given on every platform, so that checkDataDir can refuse them', () => {
    expect(resolveUserPath('\\\\server\\share\\pk', { INIT_CWD: '/home/anna' })).toBe('\\\\server\\share\\pk');
    expect(resolveUserPath('//server/share/pk', { INIT_CWD: '/home/anna' })).toBe('//server/share/pk');
  });

  it('keeps absolute paths and expands ~', () => {
    expect(resolveUserPath('/srv/x', { INIT_CWD: '/home/anna' })).toBe(path.resolve('/srv/x'));
    expect(resolveUserPath('~/pk', { INIT_CWD: '/tmp' }, '/home/anna')).toBe(path.resolve('/home/anna/pk'));
  });
});

describe('checkDataDir', () => {
  it.each(['\\\\server\\share\\protokollet', '//server/share/protokollet', '\\\\?\\UNC\\server\\share\\x', '\\\\fil01.kommun.se\\sekr$'])(
    'refuses the UNC path %s',
    (dir) => {
      expect(isUncPath(dir)).toBe(true);
      const result = checkDataDir(dir, 'win32', pure);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toContain('nätverksdelning');
        expect(result.reason).toContain('WAL');
      }
    },
  );

  it('does not mistake long local paths for UNC', () => {
    expect(isUncPath('\\\\?\\C:\\Data\\Protokollet')).toBe(false);
    expect(isUncPath('C:\\Data')).toBe(false);
    expect(isUncPath('/home/anna')).toBe(false);
  });

  it.each([
    ['C:\\Users\\anna\\OneDrive\\Protokollet', 'win32', 'OneDrive'],
    ['C:\\Users\\anna\\OneDrive - Kommunen\\Dokument', 'win32', 'OneDrive'],
    ['C:\\Users\\anna\\onedrive\\x', 'win32', 'OneDrive'],
    ['C:\\Users\\anna\\Dropbox\\x', 'win32', 'Dropbox'],
    ['/Users/anna/Dropbox (Kommunen)/x', 'darwin', 'Dropbox'],
    ['G:\\My Drive\\Protokollet', 'win32', 'Google Drive'],
    ['/home/anna/Google Drive/pk', 'linux', 'Google Drive'],
    ['/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/pk', 'darwin', 'iCloud Drive'],
    ['C:\\Users\\anna\\iCloudDrive\\pk', 'win32', 'iCloud Drive'],
    ['C:\\Users\\anna\\Box\\pk', 'win32', 'Box'],
    ['/Users/anna/Library/CloudStorage/OneDrive-Kommunen/pk', 'darwin', 'OneDrive'],
  ] as const)('refuses the cloud-sync folder %s', (dir, platform, service) => {
    expect(cloudServiceOf(dir)).toBe(service);
    const result = checkDataDir(dir, platform, pure);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(service);
      expect(result.reason).toContain('synkroniseras');
    }
  });

  it('matches whole segments only', () => {
    expect(cloudServiceOf('/home/anna/boxes/onedrivenotes/dropboxes')).toBeNull();
    expect(checkDataDir('/home/anna/mailbox/protokollet', 'linux', pure)).toEqual({ ok: true });
  });

  it('refuses a folder that a symlink leads into a sync folder or a network share', () => {
    const intoCloud = { ...pure, realpath: (p: string) => p.replace('/home/anna/pk', '/home/anna/Dropbox/pk') };
    expect(checkDataDir('/home/anna/pk/data', 'linux', intoCloud).ok).toBe(false);
    const mappedDrive = { ...pure, realpath: (p: string) => (p.startsWith('Z:') ? p.replace('Z:\\', '\\\\fil01\\sekr\\') : p) };
    const result = checkDataDir('Z:\\Protokollet', 'win32', mappedDrive);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('nätverksdelning');
  });

  describe('Linux network mounts', () => {
    const mounts = [
      '/dev/sda1 / ext4 rw,relatime 0 0',
      'proc /proc proc rw 0 0',
      'fil01:/export/home /home/anna/nas nfs4 rw,vers=4.2 0 0',
      '//fil01/sekr /mnt/sekr cifs rw 0 0',
      'anna@host:/x /home/anna/ssh\\040mapp fuse.sshfs rw 0 0',
      '/dev/sdb1 /home/anna/nas/local ext4 rw 0 0',
    ].join('\n');
    const withMounts = { ...pure, readMounts: () => mounts };

    it('parses /proc/mounts including escaped spaces', () => {
      const parsed = parseMounts(mounts);
      expect(parsed).toContainEqual({ mountPoint: '/home/anna/ssh mapp', fsType: 'fuse.sshfs' });
      expect(fileSystemOf('/home/anna/nasse', parsed)).toBe('ext4');
      expect(fileSystemOf('/home/anna/nas', parsed)).toBe('nfs4');
    });

    it.each([
      ['/home/anna/nas/protokollet', 'nfs4'],
      ['/mnt/sekr/pk', 'cifs'],
      ['/home/anna/ssh mapp/pk', 'fuse.sshfs'],
    ])('refuses %s on %s', (dir, fsType) => {
      const result = checkDataDir(dir, 'linux', withMounts);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toContain(fsType);
        expect(result.reason).toContain('nätverksenhet');
      }
    });

    it('uses the longest matching mount point', () => {
      expect(checkDataDir('/home/anna/nas/local/pk', 'linux', withMounts)).toEqual({ ok: true });
      expect(checkDataDir('/home/anna/nasse/pk', 'linux', withMounts)).toEqual({ ok: true });
    });

    it('accepts everything when /proc/mounts cannot be read', () => {
      expect(checkDataDir('/mnt/sekr/pk', 'linux', pure)).toEqual({ ok: true });
    });

    it('does not consult mounts on other platforms', () => {
      expect(checkDataDir('/mnt/sekr/pk', 'darwin', withMounts)).toEqual({ ok: true });
    });
  });

  describe('with the real file system', () => {
    let tmp: string | null = null;
    afterEach(() => {
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
      tmp = null;
    });

    it('accepts a local folder, refuses a file, and ensureDataDir creates nested folders', () => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-datadir-'));
      const nested = path.join(tmp, 'a', 'b', 'data');
      expect(checkDataDir(nested, process.platform, { readMounts: () => null })).toEqual({ ok: true });
      expect(ensureDataDir(nested)).toBe(nested);
      expect(fs.statSync(nested).isDirectory()).toBe(true);
      const file = path.join(tmp, 'file.txt');
      fs.writeFileSync(file, 'x');
      const result = checkDataDir(file, process.platform, { readMounts: () => null });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toContain('fil');
    });
  });
});
