import { describe, expect, it } from 'vitest';
import { defaultLargeDemoDir, isSameOrInside, largeDemoCacheRoot } from '../../electron/core/demo/large/cacheDir.ts';
import { defaultDataDir } from '../../electron/core/dataDir.ts';

describe('the large demo folder', () => {
  it('is the XDG cache folder on Linux, ignoring a relative XDG_CACHE_HOME', () => {
    expect(defaultLargeDemoDir({ XDG_CACHE_HOME: '/var/cache/anna' }, 'linux', '/home/anna')).toBe('/var/cache/anna/protokollet/demo-large');
    expect(defaultLargeDemoDir({}, 'linux', '/home/anna')).toBe('/home/anna/.cache/protokollet/demo-large');
    expect(defaultLargeDemoDir({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/anna')).toBe('/home/anna/.cache/protokollet/demo-large');
  });

  it('is Library/Caches on macOS', () => {
    expect(defaultLargeDemoDir({}, 'darwin', '/Users/anna')).toBe('/Users/anna/Library/Caches/Protokollet/demo-large');
  });

  it('is the temp folder on Windows, outside the data folder under LOCALAPPDATA', () => {
    const env = { TEMP: 'C:\\Users\\anna\\AppData\\Local\\Temp', LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local' };
    expect(defaultLargeDemoDir(env, 'win32', 'C:\\Users\\anna')).toBe('C:\\Users\\anna\\AppData\\Local\\Temp\\Protokollet\\demo-large');
    expect(largeDemoCacheRoot({}, 'win32', 'C:\\Users\\anna')).toBe('C:\\Users\\anna\\AppData\\Local\\Temp\\Protokollet');
    expect(isSameOrInside(defaultLargeDemoDir(env, 'win32', 'C:\\Users\\anna'), defaultDataDir(env, 'win32', 'C:\\Users\\anna'), 'win32')).toBe(false);
  });

  it('is never inside the default data folder', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const home = platform === 'win32' ? 'C:\\Users\\anna' : '/home/anna';
      expect(isSameOrInside(defaultLargeDemoDir({}, platform, home), defaultDataDir({}, platform, home), platform)).toBe(false);
    }
  });
});

describe('isSameOrInside', () => {
  it('recognises the folder itself and folders inside it', () => {
    expect(isSameOrInside('/home/anna/.local/share/protokollet', '/home/anna/.local/share/protokollet', 'linux')).toBe(true);
    expect(isSameOrInside('/home/anna/.local/share/protokollet/', '/home/anna/.local/share/protokollet', 'linux')).toBe(true);
    expect(isSameOrInside('/home/anna/.local/share/protokollet/demo', '/home/anna/.local/share/protokollet', 'linux')).toBe(true);
    expect(isSameOrInside('/home/anna/.local/share/protokollet/../protokollet', '/home/anna/.local/share/protokollet', 'linux')).toBe(true);
  });

  it('does not confuse neighbours, parents or names that start alike', () => {
    expect(isSameOrInside('/home/anna/.local/share', '/home/anna/.local/share/protokollet', 'linux')).toBe(false);
    expect(isSameOrInside('/home/anna/.local/share/protokollet-demo', '/home/anna/.local/share/protokollet', 'linux')).toBe(false);
    expect(isSameOrInside('/tmp/x', '/home/anna/.local/share/protokollet', 'linux')).toBe(false);
    expect(isSameOrInside('D:\\Protokollet', 'C:\\Users\\anna\\AppData\\Local\\Protokollet', 'win32')).toBe(false);
  });

  it('ignores case where the file system usually does', () => {
    expect(isSameOrInside('c:\\users\\anna\\appdata\\local\\protokollet', 'C:\\Users\\anna\\AppData\\Local\\Protokollet', 'win32')).toBe(true);
    expect(isSameOrInside('/Users/anna/Library/application support/protokollet', '/Users/anna/Library/Application Support/Protokollet', 'darwin')).toBe(true);
    expect(isSameOrInside('/home/anna/Protokollet', '/home/anna/protokollet', 'linux')).toBe(false);
  });
});
