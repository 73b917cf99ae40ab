// Add or edit a membership: person, the organisation they represent, role, validity.
import { Field, Input, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { membershipRoles, type Membership, type MembershipRole } from '../../../../shared/contract/index.ts';
import { membershipRoleLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { call } from '../../api/client.ts';
import { paths } from '../../app/paths.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FieldRow, FormDialog } from '../../components/FormDialog.tsx';
import { orNull } from '../../components/format.ts';
import { missingChoices } from '../../components/formErrors.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useSave } from '../../components/useSave.ts';
import { useRegistryStore } from '../../state/registryStore.ts';

const fields = ['personId', 'organisationId', 'role', 'validFrom', 'validTo'] as const;
const t = groupsText.memberForm;

type Props = { open: boolean; groupId: string; membership?: Membership; onClose(): void; onSaved(): void | Promise<void> };

export function MembershipDialog({ open, groupId, membership, onClose, onSaved }: Props) {
  const people = useRegistryStore((s) => s.people);
  const organisations = useRegistryStore((s) => s.organisations);
  const loaded = useRegistryStore((s) => s.loaded);
  const refreshRegistry = useRegistryStore((s) => s.refresh);
  const [personId, setPersonId] = useState(membership?.personId ?? '');
  const [organisationId, setOrganisationId] = useState(membership?.organisationId ?? '');
  const [role, setRole] = useState<MembershipRole>(membership?.role ?? 'member');
  const [validFrom, setValidFrom] = useState(membership?.validFrom ?? '');
  const [validTo, setValidTo] = useState(membership?.validTo ?? '');
  const save = useSave(fields);

  useEffect(() => {
    void refreshRegistry();
  }, [refreshRegistry]);

  const choosePerson = (id: string) => {
    setPersonId(id);
    // Most people represent their own organisation: suggest it.
    const person = people.find((p) => p.id === id);
    if (person?.organisationId) setOrganisationId(person.organisationId);
  };

  const submit = () => {
    const validity = { validFrom: orNull(validFrom), validTo: orNull(validTo) };
    void save.run(
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
      busy={save.busy}
      barError={save.barError}
      barIssues={save.barIssues}
      errorVersion={save.errorVersion}
      onSubmit={submit}
      onClose={onClose}
    >
      {missingRegistry && (
        <EmptyState title={t.needPeople}>
          <RouterLink to={paths.registry}>{t.goToRegistry}</RouterLink>
        </EmptyState>
      )}
      <Field label={t.person} required validationMessage={save.field('personId')}>
        <Select value={personId} onChange={(_e, d) => choosePerson(d.value)}>
          <option value="">{commonText.chooseOption}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.organisationName ? `${p.name} (${p.organisationName})` : p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.organisation} hint={t.organisationHint} required validationMessage={save.field('organisationId')}>
        <Select value={organisationId} onChange={(_e, d) => setOrganisationId(d.value)}>
          <option value="">{commonText.chooseOption}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.role} required validationMessage={save.field('role')}>
        <Select value={role} onChange={(_e, d) => setRole(d.value as MembershipRole)}>
          {membershipRoles.map((r) => (
            <option key={r} value={r}>
              {membershipRoleLabel[r]}
            </option>
          ))}
        </Select>
      </Field>
      <FieldRow>
        <Field label={t.validFrom} hint={t.validityHint} validationMessage={save.field('validFrom')}>
          <Input value={validFrom} onChange={(_e, d) => setValidFrom(d.value)} placeholder={commonText.datePlaceholder} />
        </Field>
        <Field label={t.validTo} validationMessage={save.field('validTo')}>
          <Input value={validTo} onChange={(_e, d) => setValidTo(d.value)} placeholder={commonText.datePlaceholder} />
        </Field>
      </FieldRow>
    </FormDialog>
  );
}
