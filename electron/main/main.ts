// Entry of the Electron main process (bundled to out/electron/main.cjs).
// Order matters: the single-instance lock, the privileged app:// scheme and the web-contents guards
// are set up before 'ready'; the data folder is checked, the core opened, and only then are the
// IPC handlers registered and the window created. The core is closed when the app quits.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { dataFolderText as text } from '../../shared/i18n/sv/dataFolder.ts';
import { openCore, type Core } from '../core/core.ts';
import { checkDataDir, defaultDataDir, ensureDataDir, resolveUserPath } from '../core/dataDir.ts';
import { registerApiHandlers } from './ipc.ts';
import { installAppProtocol, registerAppScheme } from './protocol.ts';
import { installSessionSecurity, installWebContentsGuards } from './security.ts';
import { createMainWindow, focusWindow } from './window.ts';

export const appId = 'se.protokollet.app';

export type DataDirArg = { ok: true; dataDir: string | null } | { ok: false; reason: string };

/** Finds `--data-dir DIR` or `--data-dir=DIR`; Chromium's own switches are ignored. */
export function parseDataDirArg(argv: readonly string[]): DataDirArg {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      return value ? { ok: true, dataDir: value } : { ok: false, reason: text.missingDataDirValue };
    }
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? { ok: true, dataDir: value } : { ok: false, reason: text.missingDataDirValue };
    }
  }
  return { ok: true, dataDir: null };
}

export type AppPaths = { preload: string; rendererDir: string };

/** Both bundles live in out/electron and the renderer in dist/renderer, relative to the app root. */
export function appPaths(appRoot: string): AppPaths {
  return {
    preload: path.join(appRoot, 'out', 'electron', 'preload.cjs'),
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
  };
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export type StartResult = { started: true; core: Core; window: BrowserWindow } | { started: false };

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

function closeCore(): void {
  const open = core;
  core = null;
  open?.close();
}

function refuseToStart(reason: string): StartResult {
  dialog.showErrorBox(text.startupErrorTitle, reason);
  closeCore();
  app.quit();
  return { started: false };
}

export async function start(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): Promise<StartResult> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { started: false };
  }
  app.on('second-instance', () => focusWindow(mainWindow));
  if (process.platform === 'win32') app.setAppUserModelId(appId);
  app.enableSandbox();
  registerAppScheme(protocol);
  installWebContentsGuards(app, (url) => shell.openExternal(url));
  app.on('will-quit', closeCore);

  await app.whenReady();

  const arg = parseDataDirArg(argv);
  if (!arg.ok) return refuseToStart(arg.reason);
  const dataDir = arg.dataDir ? resolveUserPath(arg.dataDir, env) : defaultDataDir(env);
  const check = checkDataDir(dataDir);
  if (!check.ok) return refuseToStart(check.reason);
  try {
    ensureDataDir(dataDir);
  } catch (error) {
    return refuseToStart(text.cannotCreate(dataDir, errorMessage(error)));
  }

  const paths = appPaths(app.getAppPath());
  if (!fs.existsSync(path.join(paths.rendererDir, 'index.html'))) return refuseToStart(text.rendererMissing(paths.rendererDir));

  let opened: Core;
  try {
    opened = await openCore({ dataDir, appVersion: app.getVersion(), validateOutput: !app.isPackaged });
  } catch (error) {
    return refuseToStart(text.openFailed(errorMessage(error)));
  }
  core = opened;

  installSessionSecurity(session.defaultSession);
  installAppProtocol(protocol, paths.rendererDir);
  registerApiHandlers(ipcMain, opened.call);

  const openWindow = (): BrowserWindow => {
    mainWindow = createMainWindow({ preloadPath: paths.preload });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    return mainWindow;
  };
  const window = openWindow();

  // macOS keeps the app alive without windows and reopens one from the Dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  return { started: true, core: opened, window };
}

if (process.versions.electron) {
  start().catch((error: unknown) => {
    refuseToStart(text.openFailed(errorMessage(error)));
  });
}
