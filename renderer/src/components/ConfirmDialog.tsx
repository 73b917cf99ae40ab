// Confirms something that cannot be undone, saying what will be lost. Focus starts on Avbryt.
import { Button, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ApiError } from '../../../shared/contract/index.ts';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';
import { ErrorBar } from './ErrorBar.tsx';
import { ModalDialog } from './ModalDialog.tsx';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: '12px' },
  danger: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
    ':hover:active': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
  },
});

type Props = {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  busy: boolean;
  error: ApiError | null;
  onConfirm(): void;
  onClose(): void;
};

export function ConfirmDialog({ open, title, body, confirmLabel, busy, error, onConfirm, onClose }: Props) {
  const styles = useStyles();
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    // The dialog focuses its first button after mounting; the safe choice is Avbryt.
    const timer = window.setTimeout(() => cancelRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [open]);

  return (
    <ModalDialog open={open} busy={busy} onClose={onClose}>
      <DialogSurface role="alertdialog">
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.body}>
            <p>
              {body} {commonText.cannotUndo}
            </p>
            <ErrorBar error={error} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" className={styles.danger} onClick={onConfirm} disabledFocusable={busy}>
              {busy ? commonText.deleting : confirmLabel}
            </Button>
            <Button ref={cancelRef} onClick={onClose} disabledFocusable={busy}>
              {commonText.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </ModalDialog>
  );
}
