// Native dialogs of the main process. chooseSavePath is used by the exports (a later issue).
import os from 'node:os';
import path from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron';

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return os.homedir();
  }
}

/** Asks where to save a file; resolves to the chosen path, or null if the user cancelled. */
export async function chooseSavePath(window: BrowserWindow | null, defaultName: string, filters: FileFilter[]): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(documentsFolder(), defaultName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
