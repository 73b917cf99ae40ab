// Opens the command palette: Ctrl+K (⌘K on a Mac) anywhere in the app, or the "Sök … Ctrl+K"
// button in the title bar for those who use the mouse. While another dialog is open, Ctrl+K is
// left to it. The palette is mounted afresh on each opening, so it starts empty.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { searchText } from '../../../../../shared/i18n/sv/ui-search.ts';
import { dialogsClosed, useDialog } from '../../../components/useDialog.ts';
import { CommandPalette } from './CommandPalette.tsx';

const t = searchText.palette;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const useStyles = makeStyles({
  button: {
    marginLeft: 'auto',
    display: 'inline-flex',
    alignItems: 'center',
    gap: '16px',
    minWidth: '220px',
    padding: '4px 8px 4px 12px',
    border: `1px solid ${tokens.colorNeutralStrokeOnBrand2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorNeutralForegroundOnBrand}`, outlineOffset: '2px' },
  },
  label: { flex: '1 1 auto', textAlign: 'start' },
  kbd: {
    padding: '0 6px',
    border: `1px solid ${tokens.colorNeutralStrokeOnBrand2}`,
    borderRadius: tokens.borderRadiusSmall,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
  },
});

const isPaletteKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';

export function CommandPaletteLauncher() {
  const styles = useStyles();
  const palette = useDialog();
  const isOpen = useRef(false);
  isOpen.current = palette.open;
  const { show } = palette;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPaletteKey(event)) return;
      const dialogs = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')];
      if (dialogs.some((dialog) => !dialog.hasAttribute('data-command-palette'))) return; // another dialog's keys
      event.preventDefault();
      // Pressed again while open: back to the text box. Pressed while it fades out: open it anew
      // once it is gone (a modal unmounted mid-way leaves the page hidden from screen readers).
      if (isOpen.current) document.querySelector<HTMLElement>('[data-command-palette] [role="combobox"]')?.focus();
      else if (dialogs.length > 0) void dialogsClosed().then(() => show(true));
      else show(true);
    };
    // Capture: a text editor on the page must not take Ctrl+K for itself first.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [show]);

  const shortcut = isMac ? t.shortcutMac : t.shortcut;
  return (
    <>
      <button type="button" className={styles.button} aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K" onClick={() => show(true)}>
        <span className={styles.label}>{t.open}</span>
        <kbd className={styles.kbd}>{shortcut}</kbd>
      </button>
      {palette.value && <CommandPalette key={palette.key} open={palette.open} onClose={palette.close} />}
    </>
  );
}
