// Create or change an action item: title, owner (a person with their organisation, or a group),
// due date and an optional note. Focus starts in the title.
import { Field, Select } from '@fluentui/react-components';
import type { ActionEntry, DecisionEntry } from '../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { call } from '../../../api/client.ts';
import { FieldRow, FormDialog, formLabels } from '../../../components/FormDialog.tsx';
import { TextField } from '../../../components/FormFields.tsx';
import { missingChoices } from '../../../components/formErrors.ts';
import { orNull } from '../../../components/format.ts';
import { useForm } from '../../../components/useForm.ts';
import type { Lookups } from './context.ts';

const t = meetingText.actions;

type Props = {
  open: boolean;
  decision: DecisionEntry;
  action: ActionEntry | null;
  lookups: Lookups;
  onClose(): void;
  onSaved(): void | Promise<void>;
};

function ownerKey(action: ActionEntry | null): string {
  if (!action) return '';
  if (action.owner.groupId) return `g:${action.owner.groupId}`;
  return action.owner.personId ? `p:${action.owner.personId}` : '';
}

export function ActionDialog({ open, decision, action, lookups, onClose, onSaved }: Props) {
  const form = useForm({ title: action?.title ?? '', owner: ownerKey(action), dueDate: action?.dueDate ?? '', note: action?.note ?? '' });

  const submit = () => {
    const { title, owner, dueDate, note } = form.values;
    const missing = missingChoices({ owner });
    if (missing) {
      void form.run(() => Promise.resolve(missing), () => undefined);
      return;
    }
    const person = owner.startsWith('p:') ? lookups.people.find((p) => p.id === owner.slice(2)) : undefined;
    const ownerRef = owner.startsWith('g:')
      ? { groupId: owner.slice(2) }
      : { personId: owner.slice(2), organisationId: action?.owner.personId === person?.id ? (action?.owner.organisationId ?? person?.organisationId ?? null) : (person?.organisationId ?? null) };
    const values = { title: title.trim(), owner: ownerRef, dueDate: dueDate.trim(), note: orNull(note) };
    void form.run(() => (action ? call('actions.update', { id: action.id, ...values }) : call('actions.create', { decisionId: decision.id, ...values })), onSaved);
  };

  const owner = form.bind('owner');
  return (
    <FormDialog open={open} {...formLabels(t, !!action)} save={form} onSubmit={submit} onClose={onClose}>
      <TextField label={t.title} hint={t.titleHint} required {...form.bind('title')} />
      <Field label={t.owner} hint={t.ownerHint} required validationMessage={owner.validationMessage}>
        <Select value={owner.value} onChange={(_e, d) => owner.onChange(d.value)}>
          <option value="">{commonText.chooseOption}</option>
          <optgroup label={t.ownerPeople}>
            {lookups.people.map((p) => (
              <option key={p.id} value={`p:${p.id}`}>
                {p.organisationName ? `${p.name}, ${p.organisationName}` : p.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t.ownerGroups}>
            {lookups.groups.map((g) => (
              <option key={g.id} value={`g:${g.id}`}>
                {g.name}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      <FieldRow>
        <TextField label={t.dueDate} hint={commonText.dateHint} required {...form.bind('dueDate')} placeholder={commonText.datePlaceholder} />
      </FieldRow>
      <TextField label={t.note} {...form.bind('note')} />
    </FormDialog>
  );
}
