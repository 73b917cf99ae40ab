import { describe, expect, it, vi } from 'vitest';
import { chooseShell } from '../../electron/start.ts';

describe('npm start', () => {
  it('runs Electron when its binary is present, without trying a download', () => {
    const download = vi.fn(() => null);
    expect(chooseShell([], () => '/opt/electron', download)).toEqual({ shell: 'electron', binary: '/opt/electron' });
    expect(download).not.toHaveBeenCalled();
  });

  it('tries the download once when the binary is missing, and uses it if it arrives', () => {
    const download = vi.fn(() => '/downloaded/electron');
    expect(chooseShell([], () => null, download)).toEqual({ shell: 'electron', binary: '/downloaded/electron' });
    expect(download).toHaveBeenCalledTimes(1);
  });

  it('falls back to browser mode and says so in one line', () => {
    const choice = chooseShell([], () => null, () => null);
    expect(choice).toMatchObject({ shell: 'browser' });
    if (choice.shell === 'browser') expect(choice.notice).toMatch(/^[^\n]*webbläsarläge[^\n]*$/);
  });

  it('forces browser mode with --browser, without looking for Electron', () => {
    const find = vi.fn(() => '/opt/electron');
    expect(chooseShell(['--browser', '--port', '0'], find, () => null)).toEqual({ shell: 'browser', notice: null });
    expect(find).not.toHaveBeenCalled();
  });
});
