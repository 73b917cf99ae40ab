// The main window: a sandboxed, context-isolated renderer that sees only the preload bridge.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { appEntryUrl } from './security.ts';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'Protokollet',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

export function createMainWindow(options: { preloadPath: string; url?: string }): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url ?? appEntryUrl);
  return window;
}

/** Brings an existing window to the front (used when a second instance is started). */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
