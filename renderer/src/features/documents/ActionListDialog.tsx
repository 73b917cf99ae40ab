// Filters for the action list document (åtgärdslista) of one group or of all groups.
import { Checkbox } from '@fluentui/react-components';
import { actionStatuses, type ActionStatus } from '../../../../shared/contract/index.ts';
import { actionStatusLabel } from '../../../../shared/i18n/sv/labels.ts';
import { documentsText } from '../../../../shared/i18n/sv/ui-documents.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { FieldRow, FormDialog } from '../../components/FormDialog.tsx';
import { choicesOf, SelectField, TextField } from '../../components/FormFields.tsx';
import { orNull } from '../../components/format.ts';
import { useForm } from '../../components/useForm.ts';
import { saveGeneratedFile } from './saveFile.ts';

const t = documentsText.actionList;

type Props = { open: boolean; groupId: string | null; onClose(): void; onSaved(fileName: string): void };

export function ActionListDialog({ open, groupId, onClose, onSaved }: Props) {
  const organisations = useApiQuery('organisations.list', {});
  const people = useApiQuery('people.list', {});
  const form = useForm({ status: '' as ActionStatus | '', overdueOnly: false, organisationId: '', ownerPersonId: '', dueOnOrBefore: '' });

  const submit = () => {
    const v = form.values;
    void form.run(
      () =>
        call('documents.actionList', {
          groupId,
          status: v.status || null,
          overdueOnly: v.overdueOnly,
          organisationId: orNull(v.organisationId),
          ownerPersonId: orNull(v.ownerPersonId),
          dueOnOrBefore: orNull(v.dueOnOrBefore.trim()),
        }),
      (file) => {
        saveGeneratedFile(file);
        onSaved(file.fileName);
      },
    );
  };

  return (
    <FormDialog open={open} title={t.title} submitLabel={t.submit} save={form} onSubmit={submit} onClose={onClose}>
      <FieldRow>
        <SelectField label={t.status} {...form.bind('status')} choices={choicesOf(actionStatuses, actionStatusLabel)} emptyChoice={t.anyStatus} />
        <TextField label={t.dueOnOrBefore} hint={t.dueHint} {...form.bind('dueOnOrBefore')} />
      </FieldRow>
      <Checkbox label={t.overdueOnly} checked={form.values.overdueOnly} onChange={(_e, d) => form.set('overdueOnly', d.checked === true)} />
      <SelectField
        label={t.organisation}
        {...form.bind('organisationId')}
        choices={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        emptyChoice={t.anyOrganisation}
      />
      <SelectField label={t.owner} {...form.bind('ownerPersonId')} choices={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))} emptyChoice={t.anyOwner} />
    </FormDialog>
  );
}
