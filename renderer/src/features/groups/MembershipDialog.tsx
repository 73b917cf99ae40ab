// Add or edit a membership: person, the organisation they represent, role, validity.
import { useEffect } from 'react';
import { membershipRoles, type Membership, type MembershipRole } from '../../../../shared/contract/index.ts';
import { membershipRoleLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { call } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FieldRow, FormDialog } from '../../components/FormDialog.tsx';
import { choicesOf, SelectField, TextField } from '../../components/FormFields.tsx';
import { orNull } from '../../components/format.ts';
import { missingChoices } from '../../components/formErrors.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useForm } from '../../components/useForm.ts';
import { useRegistryStore } from '../../state/registryStore.ts';

const t = groupsText.memberForm;

type Props = { open: boolean; groupId: string; membership?: Membership; onClose(): void; onSaved(): void | Promise<void> };

export function MembershipDialog({ open, groupId, membership, onClose, onSaved }: Props) {
  const people = useRegistryStore((s) => s.people);
  const organisations = useRegistryStore((s) => s.organisations);
  const loaded = useRegistryStore((s) => s.loaded);
  const refreshRegistry = useRegistryStore((s) => s.refresh);
  const form = useForm({
    personId: membership?.personId ?? '',
    organisationId: membership?.organisationId ?? '',
    role: membership?.role ?? ('member' as MembershipRole),
    validFrom: membership?.validFrom ?? '',
    validTo: membership?.validTo ?? '',
  });

  useEffect(() => {
    void refreshRegistry();
  }, [refreshRegistry]);

  const choosePerson = (id: string) => {
    form.set('personId', id);
    // Most people represent their own organisation: suggest it.
    const person = people.find((p) => p.id === id);
    if (person?.organisationId) form.set('organisationId', person.organisationId);
  };

  const submit = () => {
    const { personId, organisationId, role, validFrom, validTo } = form.values;
    const validity = { validFrom: orNull(validFrom), validTo: orNull(validTo) };
    void form.run(
      async () =>
        missingChoices({ personId, organisationId }) ??
        (membership
          ? call('memberships.update', { id: membership.id, personId, organisationId, role, ...validity })
          : call('memberships.create', { groupId, personId, organisationId, role, ...validity })),
      onSaved,
    );
  };

  const missingRegistry = loaded && (people.length === 0 || organisations.length === 0);

  return (
    <FormDialog
      open={open}
      title={membership ? t.editTitle(membership.personName) : t.createTitle}
      submitLabel={membership ? t.submitEdit : t.submitCreate}
      save={form}
      onSubmit={submit}
      onClose={onClose}
    >
      {missingRegistry && (
        <EmptyState title={t.needPeople}>
          <RouterLink to={paths.registry}>{t.goToRegistry}</RouterLink>
        </EmptyState>
      )}
      <SelectField
        label={t.person}
        required
        {...form.bind('personId')}
        onChange={choosePerson}
        emptyChoice={commonText.chooseOption}
        choices={people.map((p) => ({ value: p.id, label: p.organisationName ? `${p.name} (${p.organisationName})` : p.name }))}
      />
      <SelectField
        label={t.organisation}
        hint={t.organisationHint}
        required
        {...form.bind('organisationId')}
        emptyChoice={commonText.chooseOption}
        choices={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <SelectField label={t.role} required {...form.bind('role')} choices={choicesOf(membershipRoles, membershipRoleLabel)} />
      <FieldRow>
        <TextField label={t.validFrom} hint={t.validityHint} {...form.bind('validFrom')} placeholder={commonText.datePlaceholder} />
        <TextField label={t.validTo} {...form.bind('validTo')} placeholder={commonText.datePlaceholder} />
      </FieldRow>
    </FormDialog>
  );
}
