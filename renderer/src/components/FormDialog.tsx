// A modal form: focus starts in the first field and stays inside; Esc or Avbryt closes it;
// Enter submits. After a failed save, focus moves to the first field marked invalid.
import { Button, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles } from '@fluentui/react-components';
import { useRef, type FormEvent, type ReactNode } from 'react';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';
import { ErrorBar } from './ErrorBar.tsx';
import { ModalDialog } from './ModalDialog.tsx';
import { useFocusFirstInvalid } from './useFocusFirstInvalid.ts';
import type { Save } from './useSave.ts';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: '14px', paddingBlock: '4px' },
  row: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-start', '& > *': { flex: '1 1 140px' } },
});

type Props = {
  open: boolean;
  title: string;
  submitLabel: string;
  /** The form's save: busy flag, errors not shown at a field, and when a save last failed. */
  save: Pick<Save, 'busy' | 'barError' | 'barIssues' | 'errorVersion'>;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
};

export function FormDialog({ open, title, submitLabel, save, onSubmit, onClose, children }: Props) {
  const styles = useStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const { busy } = save;
  useFocusFirstInvalid(formRef, save.errorVersion);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };

  return (
    <ModalDialog open={open} busy={busy} onClose={onClose}>
      <DialogSurface aria-describedby={undefined}>
        <form ref={formRef} onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>
              <div className={styles.fields}>
                <ErrorBar error={save.barError} issues={save.barIssues} />
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
    </ModalDialog>
  );
}

/** Lays out two or three short fields side by side (date and times). */
export function FieldRow({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.row}>{children}</div>;
}

type CreateOrEditText = { createTitle: string; editTitle: string; submitCreate: string; submitEdit: string };

/** Title and submit label of a form that either creates a record or edits an existing one. */
export function formLabels(text: CreateOrEditText, editing: boolean): { title: string; submitLabel: string } {
  return editing ? { title: text.editTitle, submitLabel: text.submitEdit } : { title: text.createTitle, submitLabel: text.submitCreate };
}
