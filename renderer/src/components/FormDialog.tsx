// A modal form: focus starts in the first field and stays inside; Esc or Avbryt closes it;
// Enter submits. After a failed save, focus moves to the first field marked invalid.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from '@fluentui/react-components';
import { useRef, type FormEvent, type ReactNode } from 'react';
import type { ApiError, FieldIssue } from '../../../shared/contract/index.ts';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';
import { ErrorBar } from './ErrorBar.tsx';
import { useFocusFirstInvalid } from './useFocusFirstInvalid.ts';
import { useRestoreFocus } from './useRestoreFocus.ts';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: '14px', paddingBlock: '4px' },
  row: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-start', '& > *': { flex: '1 1 140px' } },
});

type Props = {
  open: boolean;
  title: string;
  submitLabel: string;
  busy: boolean;
  barError: ApiError | null;
  barIssues: FieldIssue[];
  /** Changes after every failed save, so focus can move to the invalid field again. */
  errorVersion: number;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
};

export function FormDialog({ open, title, submitLabel, busy, barError, barIssues, errorVersion, onSubmit, onClose, children }: Props) {
  const styles = useStyles();
  const formRef = useRef<HTMLFormElement>(null);
  useRestoreFocus(open);

  useFocusFirstInvalid(formRef, errorVersion);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <Dialog
      open={open}
      modalType="modal"
      onOpenChange={(_event, data) => {
        if (!data.open && !busy) onClose();
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <form ref={formRef} onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>
              <div className={styles.fields}>
                <ErrorBar error={barError} issues={barIssues} />
                {children}
              </div>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={busy}>
                {busy ? commonText.saving : submitLabel}
              </Button>
              <Button type="button" onClick={onClose} disabledFocusable={busy}>
                {commonText.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** Lays out two or three short fields side by side (date and times). */
export function FieldRow({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.row}>{children}</div>;
}
