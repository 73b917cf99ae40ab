// The save dialog helper used by exports.
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/home/anna/Dokument') },
  dialog: { showSaveDialog: vi.fn() },
}));
vi.mock('electron', () => electron);

const { chooseSavePath } = await import('../../electron/main/dialogs.ts');
const filters = [{ name: 'Word-dokument', extensions: ['docx'] }];

beforeEach(() => {
  electron.dialog.showSaveDialog.mockReset();
});

describe('chooseSavePath', () => {
  it('suggests the name in the Documents folder, attached to the window', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/anna/Dokument/Protokoll.docx' });
    const window = { id: 1 };
    expect(await chooseSavePath(window as never, 'Protokoll.docx', filters)).toBe('/home/anna/Dokument/Protokoll.docx');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({
      defaultPath: path.join('/home/anna/Dokument', 'Protokoll.docx'),
      filters,
    }));
  });

  it('resolves to null when the user cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await chooseSavePath(null, 'x.docx', filters)).toBeNull();
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ filters }));
  });
});
