// The meeting page's own dialogs: a status change to confirm (Justera, Ställ in), a correction
// (rättelse) of an approved protocol, and the keyboard help.
import { Button, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { AgendaItemEntry, ApiError, Correction, Result } from '../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { ErrorBar } from '../../../components/ErrorBar.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { SelectField, TextField } from '../../../components/FormFields.tsx';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { useForm } from '../../../components/useForm.ts';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: '12px' },
  keys: {
    borderCollapse: 'collapse',
    '& th, & td': { textAlign: 'left', padding: '6px 12px 6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  kbd: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
});

type ConfirmProps = {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error: ApiError | null;
  onConfirm(): void;
  onClose(): void;
};

export function ConfirmStatusDialog({ open, title, body, confirmLabel, busyLabel, busy, error, onConfirm, onClose }: ConfirmProps) {
  const styles = useStyles();
  return (
    <ModalDialog open={open} busy={busy} onClose={onClose}>
      <DialogSurface role="alertdialog">
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.body}>
            <p>{body}</p>
            <ErrorBar error={error} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} disabledFocusable={busy}>
              {busy ? busyLabel : confirmLabel}
            </Button>
            <Button onClick={onClose} disabledFocusable={busy}>
              {commonText.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </ModalDialog>
  );
}

const tc = meetingText.correctionDialog;

type CorrectionProps = {
  open: boolean;
  meetingId: string;
  items: readonly AgendaItemEntry[];
  agendaItemId: string | null;
  onClose(): void;
  onSaved(correction: Correction): void | Promise<void>;
};

export function CorrectionDialog({ open, meetingId, items, agendaItemId, onClose, onSaved }: CorrectionProps) {
  const form = useForm({ text: '', reason: '', agendaItemId: agendaItemId ?? '' });
  const submit = () => {
    const { text, reason, agendaItemId: itemId } = form.values;
    void form.run((): Promise<Result<Correction>> => call('corrections.create', { meetingId, agendaItemId: itemId || null, text, reason }), onSaved);
  };
  return (
    <FormDialog open={open} title={tc.title} submitLabel={tc.submit} save={form} onSubmit={submit} onClose={onClose}>
      <TextField label={tc.what} required {...form.bind('text')} />
      <TextField label={tc.why} required {...form.bind('reason')} />
      <SelectField
        label={tc.where}
        {...form.bind('agendaItemId')}
        emptyChoice={tc.wholeProtocol}
        choices={items.map((i) => ({ value: i.id, label: i.sectionNumber !== null ? `§ ${i.sectionNumber} ${i.title}` : i.title }))}
      />
    </FormDialog>
  );
}

const th = meetingText.help;

export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const styles = useStyles();
  return (
    <ModalDialog open={open} busy={false} onClose={onClose}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{th.title}</DialogTitle>
          <DialogContent>
            <table className={styles.keys}>
              <thead>
                <tr>
                  <th>{th.keyColumn}</th>
                  <th>{th.whatColumn}</th>
                </tr>
              </thead>
              <tbody>
                {th.keys.map(([keys, what]) => (
                  <tr key={keys}>
                    <td className={styles.kbd}>{keys}</td>
                    <td>{what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {th.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </ModalDialog>
  );
}
