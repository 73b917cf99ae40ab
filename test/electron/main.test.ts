// Startup of the main process with a faked Electron and a faked core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract/methods.ts';

type Listener = (...args: unknown[]) => void;

const fakes = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const windows: { options: unknown; focus: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn> }[] = [];
  const app = {
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    on: vi.fn((name: string, listener: Listener) => {
      appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
      return app;
    }),
    whenReady: vi.fn(() => Promise.resolve()),
    enableSandbox: vi.fn(),
    setAppUserModelId: vi.fn(),
    getAppPath: vi.fn(() => '/nowhere'),
    getVersion: vi.fn(() => '0.1.0'),
    isPackaged: false,
  };
  class FakeBrowserWindow {
    static getAllWindows = vi.fn(() => windows);
    options: unknown;
    focus = vi.fn();
    show = vi.fn();
    restore = vi.fn();
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    on = vi.fn();
    isDestroyed = vi.fn(() => false);
    isMinimized = vi.fn(() => false);
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
  }
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onHeadersReceived: vi.fn() } },
    },
    shell: { openExternal: vi.fn() },
  };
  const core = { dataDir: '', call: vi.fn(), close: vi.fn() };
  const openCore = vi.fn(async (options: { dataDir: string }) => ({ ...core, dataDir: options.dataDir }));
  return { electron, appListeners, windows, core, openCore };
});

vi.mock('electron', () => fakes.electron);
vi.mock('../../electron/core/core.ts', () => ({ openCore: fakes.openCore }));

const { parseDataDirArg, start } = await import('../../electron/main/main.ts');
const { electron, appListeners, windows, openCore, core } = fakes;

let tmp: string;
const emit = (name: string, ...args: unknown[]) => appListeners.get(name)?.forEach((listener) => listener(...args));

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-main-'));
  appListeners.clear();
  windows.length = 0;
  vi.clearAllMocks();
  electron.app.requestSingleInstanceLock.mockReturnValue(true);
  electron.app.getAppPath.mockReturnValue(tmp);
  openCore.mockImplementation(async (options: { dataDir: string }) => ({ ...core, dataDir: options.dataDir }));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function withRenderer(): void {
  fs.mkdirSync(path.join(tmp, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'dist', 'renderer', 'index.html'), '<!doctype html>');
}

describe('single instance', () => {
  it('requests the lock and quits when another instance has it', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    const result = await start(['electron', '.'], {});
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(result.started).toBe(false);
    expect(openCore).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('focuses the existing window when a second instance starts', async () => {
    withRenderer();
    await start(['electron', '.', '--data-dir', path.join(tmp, 'data')], {});
    expect(windows).toHaveLength(1);
    emit('second-instance');
    expect(windows[0]!.focus).toHaveBeenCalled();
  });
});

describe('data folder', () => {
  it.each([
    ['a network share', '\\\\fil01\\sekretariat\\protokollet', 'nätverksdelning'],
    ['a OneDrive folder', '/home/anna/OneDrive/protokollet', 'OneDrive'],
  ])('refuses %s: shows the Swedish reason and quits without opening the core', async (_label, dir, expected) => {
    withRenderer();
    const result = await start(['electron', '.', '--data-dir', dir], {});
    expect(result.started).toBe(false);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Protokollet kan inte starta');
    expect(message).toContain(expected);
    expect(message).toContain('WAL');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(openCore).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('refuses --data-dir without a value', async () => {
    const result = await start(['electron', '.', '--data-dir'], {});
    expect(result.started).toBe(false);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('resolves a relative --data-dir against INIT_CWD and creates it', async () => {
    withRenderer();
    const result = await start(['electron', '.', '--data-dir', 'mina-data'], { INIT_CWD: tmp });
    expect(result.started).toBe(true);
    expect(openCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: path.join(tmp, 'mina-data') }));
    expect(fs.statSync(path.join(tmp, 'mina-data')).isDirectory()).toBe(true);
  });
});

describe('startup', () => {
  it('hardens the app before it is ready', async () => {
    withRenderer();
    await start(['electron', '.', '--data-dir', path.join(tmp, 'data')], {});
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([expect.objectContaining({ scheme: 'app' })]);
    expect(appListeners.has('web-contents-created')).toBe(true);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
  });

  it('opens the core, registers IPC, creates the window, and closes the core on quit', async () => {
    withRenderer();
    const dataDir = path.join(tmp, 'data');
    const result = await start(['electron', '.', '--data-dir', dataDir], {});
    expect(result.started).toBe(true);
    expect(openCore).toHaveBeenCalledExactlyOnceWith({ dataDir, appVersion: '0.1.0', validateOutput: true });
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(methodNames.length);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(windows).toHaveLength(1);
    const prefs = (windows[0]!.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs.preload).toBe(path.join(tmp, 'out', 'electron', 'preload.cjs'));
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();

    emit('will-quit');
    expect(core.close).toHaveBeenCalledTimes(1);
    emit('will-quit');
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('shows an error and quits when the database cannot be opened', async () => {
    withRenderer();
    openCore.mockRejectedValue(new Error('Databasen har version 9'));
    const result = await start(['electron', '.', '--data-dir', path.join(tmp, 'data')], {});
    expect(result.started).toBe(false);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Protokollet kan inte starta', expect.stringContaining('Databasen har version 9'));
    expect(electron.app.quit).toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('shows an error when the renderer has not been built', async () => {
    const result = await start(['electron', '.', '--data-dir', path.join(tmp, 'data')], {});
    expect(result.started).toBe(false);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Protokollet kan inte starta', expect.stringContaining('npm run build'));
    expect(openCore).not.toHaveBeenCalled();
  });
});

describe('parseDataDirArg', () => {
  it('reads --data-dir DIR and --data-dir=DIR, and ignores other switches', () => {
    expect(parseDataDirArg(['electron', '.', '--data-dir', 'C:\\Data'])).toEqual({ ok: true, dataDir: 'C:\\Data' });
    expect(parseDataDirArg(['app.exe', '--data-dir=/tmp/x', '--inspect'])).toEqual({ ok: true, dataDir: '/tmp/x' });
    expect(parseDataDirArg(['app.exe', '--no-sandbox-like-flag'])).toEqual({ ok: true, dataDir: null });
    expect(parseDataDirArg(['app.exe', '--data-dir', '--other']).ok).toBe(false);
    expect(parseDataDirArg(['app.exe', '--data-dir=']).ok).toBe(false);
  });
});
