// Create or edit a group: name, short name, kind, description.
import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { groupKinds, type Group, type GroupKind } from '../../../../shared/contract/index.ts';
import { groupKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { call } from '../../api/client.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { orNull } from '../../components/format.ts';
import { useSave } from '../../components/useSave.ts';

const fields = ['name', 'shortName', 'kind', 'description'] as const;
const t = groupsText.form;

type Props = { open: boolean; group?: Group; onClose(): void; onSaved(group: Group): void | Promise<void> };

/** Mount it to open it; unmount to close (fresh fields every time). */
export function GroupFormDialog({ open, group, onClose, onSaved }: Props) {
  const [name, setName] = useState(group?.name ?? '');
  const [shortName, setShortName] = useState(group?.shortName ?? '');
  const [kind, setKind] = useState<GroupKind>(group?.kind ?? 'steering');
  const [description, setDescription] = useState(group?.description ?? '');
  const save = useSave(fields);

  const submit = () => {
    const values = { name, shortName: orNull(shortName), kind, description: orNull(description) };
    void save.run(() => (group ? call('groups.update', { id: group.id, ...values }) : call('groups.create', values)), onSaved);
  };

  return (
    <FormDialog
      open={open}
      title={group ? t.editTitle : t.createTitle}
      submitLabel={group ? t.submitEdit : t.submitCreate}
      busy={save.busy}
      barError={save.barError}
      barIssues={save.barIssues}
      errorVersion={save.errorVersion}
      onSubmit={submit}
      onClose={onClose}
    >
      <Field label={t.name} hint={t.nameHint} required validationMessage={save.field('name')}>
        <Input value={name} onChange={(_e, d) => setName(d.value)} />
      </Field>
      <Field label={t.shortName} hint={t.shortNameHint} validationMessage={save.field('shortName')}>
        <Input value={shortName} onChange={(_e, d) => setShortName(d.value)} />
      </Field>
      <Field label={t.kind} required validationMessage={save.field('kind')}>
        <Select value={kind} onChange={(_e, d) => setKind(d.value as GroupKind)}>
          {groupKinds.map((k) => (
            <option key={k} value={k}>
              {groupKindLabel[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.description} hint={t.descriptionHint} validationMessage={save.field('description')}>
        <Textarea value={description} onChange={(_e, d) => setDescription(d.value)} resize="vertical" rows={3} />
      </Field>
    </FormDialog>
  );
}
