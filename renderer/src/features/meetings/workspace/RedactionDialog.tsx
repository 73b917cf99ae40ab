// Confirms the logged redaction of an approved protocol: says what will happen (every identity
// number replaced everywhere it is stored, logged, not undoable) and requires a reason.
import { Field, makeStyles, Textarea } from '@fluentui/react-components';
import { privacyText } from '../../../../../shared/i18n/sv/privacy.ts';
import { call } from '../../../api/client.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { useForm } from '../../../components/useForm.ts';
import { useWorkspace } from './context.ts';

const t = privacyText.redactionProcedure;

const useStyles = makeStyles({
  text: { margin: 0 },
});

type Props = { open: boolean; meetingId: string; onClose(): void; onRedacted(): Promise<void> };

export function RedactionDialog({ open, meetingId, onClose, onRedacted }: Props) {
  const styles = useStyles();
  const ws = useWorkspace();
  const form = useForm({ reason: '' });
  const reason = form.bind('reason');
  // Through the page's write: the save status shows, and the protocol reloads once it is done.
  const submit = () => void form.run(() => ws.write(() => call('privacy.redact', { meetingId, reason: form.values.reason })), onRedacted);

  return (
    <FormDialog open={open} title={t.dialogTitle} submitLabel={t.confirm} save={form} onSubmit={submit} onClose={onClose}>
      {t.dialogBody.map((paragraph) => (
        <p key={paragraph} className={styles.text}>
          {paragraph}
        </p>
      ))}
      <Field label={t.reason} hint={t.reasonHint} required validationMessage={reason.validationMessage}>
        <Textarea value={reason.value} rows={3} resize="vertical" onChange={(_e, d) => reason.onChange(d.value)} />
      </Field>
    </FormDialog>
  );
}
