// Create or edit a group: name, short name, kind, description.
import { Field, Textarea } from '@fluentui/react-components';
import { groupKinds, type Group, type GroupKind } from '../../../../shared/contract/index.ts';
import { groupKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { call } from '../../api/client.ts';
import { FormDialog, formLabels } from '../../components/FormDialog.tsx';
import { choicesOf, SelectField, TextField } from '../../components/FormFields.tsx';
import { orNull } from '../../components/format.ts';
import { useForm } from '../../components/useForm.ts';

const t = groupsText.form;

type Props = { open: boolean; group?: Group; onClose(): void; onSaved(group: Group): void | Promise<void> };

export function GroupFormDialog({ open, group, onClose, onSaved }: Props) {
  const form = useForm({
    name: group?.name ?? '',
    shortName: group?.shortName ?? '',
    kind: group?.kind ?? ('steering' as GroupKind),
    description: group?.description ?? '',
  });

  const submit = () => {
    const { name, shortName, kind, description } = form.values;
    const values = { name, shortName: orNull(shortName), kind, description: orNull(description) };
    void form.run(() => (group ? call('groups.update', { id: group.id, ...values }) : call('groups.create', values)), onSaved);
  };

  return (
    <FormDialog open={open} {...formLabels(t, !!group)} save={form} onSubmit={submit} onClose={onClose}>
      <TextField label={t.name} hint={t.nameHint} required {...form.bind('name')} />
      <TextField label={t.shortName} hint={t.shortNameHint} {...form.bind('shortName')} />
      <SelectField label={t.kind} required {...form.bind('kind')} choices={choicesOf(groupKinds, groupKindLabel)} />
      <Field label={t.description} hint={t.descriptionHint} validationMessage={form.field('description')}>
        <Textarea value={form.values.description} onChange={(_e, d) => form.set('description', d.value)} resize="vertical" rows={3} />
      </Field>
    </FormDialog>
  );
}
