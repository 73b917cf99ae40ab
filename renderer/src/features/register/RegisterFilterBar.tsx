// The register's filters above the list: group, organisation, owner, status, free text,
// "Klart inom … dagar" and "Bara försenade". Every value comes from and goes to the URL.
import { Button, Checkbox, Field, Input, makeStyles } from '@fluentui/react-components';
import { actionStatuses } from '../../../../shared/contract/index.ts';
import { actionStatusLabel } from '../../../../shared/i18n/sv/labels.ts';
import { registerText } from '../../../../shared/i18n/sv/ui-register.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { ChoiceFilter, namedChoices } from '../../components/ChoiceFilter.tsx';
import { useDraft } from '../../components/useDraft.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { dueWithinDaysOf, hasFilters, type RegisterFilters, type StatusFilter } from './registerFilters.ts';
import type { FilterUpdate } from './useRegisterFilters.ts';

const t = registerText.filters;

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: '8px 12px', alignItems: 'flex-start', marginBottom: '8px' },
  select: { flex: '1 1 190px', maxWidth: '260px', minWidth: 0 },
  text: { flex: '1 1 220px', maxWidth: '320px', minWidth: 0 },
  days: { flex: '0 1 190px', minWidth: 0 },
  // Lines the checkbox and the button up with the inputs, below the labels.
  inline: { marginTop: '24px' },
});

type Props = { filters: RegisterFilters; onChange(update: FilterUpdate): void; onClear(): void };

export function RegisterFilterBar({ filters, onChange, onClear }: Props) {
  const styles = useStyles();
  const groups = useGroupsStore((s) => s.groups);
  const organisations = useApiQuery('organisations.list', {});
  const people = useApiQuery('people.list', {});
  const choose = (patch: Partial<RegisterFilters>) => onChange({ patch });
  const text = useDraft(filters.text, (value) => onChange({ patch: { text: value }, replace: true }));
  const days = useDraft(filters.dueWithinDays, (value) => onChange({ patch: { dueWithinDays: value }, replace: true }));
  const overdueOnly = useDraft(filters.overdueOnly, (value) => choose({ overdueOnly: value }), 0);
  const daysError = dueWithinDaysOf(days.value).error;

  return (
    <form role="search" aria-label={t.label} className={styles.form} onSubmit={(event) => event.preventDefault()}>
      <ChoiceFilter
        className={styles.select}
        label={t.group}
        value={filters.groupId}
        choices={[{ value: '', label: t.allGroups }, ...namedChoices(groups)]}
        onChange={(groupId) => choose({ groupId })}
      />
      <ChoiceFilter
        className={styles.select}
        label={t.organisation}
        value={filters.organisationId}
        choices={[{ value: '', label: t.anyOrganisation }, ...namedChoices(organisations.data)]}
        onChange={(organisationId) => choose({ organisationId })}
      />
      <ChoiceFilter
        className={styles.select}
        label={t.owner}
        value={filters.ownerPersonId}
        choices={[{ value: '', label: t.anyOwner }, ...namedChoices(people.data)]}
        onChange={(ownerPersonId) => choose({ ownerPersonId })}
      />
      <ChoiceFilter
        className={styles.select}
        label={t.status}
        value={filters.status}
        choices={[
          { value: '', label: t.anyStatus },
          { value: 'open', label: t.open },
          ...actionStatuses.map((status) => ({ value: status, label: actionStatusLabel[status] })),
        ]}
        onChange={(status) => choose({ status: status as StatusFilter })}
      />
      <div className={styles.text}>
        <Field label={t.text}>
          <Input type="search" value={text.value} onChange={(_e, d) => text.set(d.value)} onBlur={text.flush} />
        </Field>
      </div>
      <div className={styles.days}>
        <Field label={t.dueWithin} hint={t.dueWithinHint} validationMessage={daysError}>
          <Input inputMode="numeric" value={days.value} onChange={(_e, d) => days.set(d.value)} onBlur={days.flush} />
        </Field>
      </div>
      <Checkbox className={styles.inline} label={t.overdueOnly} checked={overdueOnly.value} onChange={(_e, d) => overdueOnly.set(d.checked === true)} />
      <Button className={styles.inline} onClick={onClear} disabledFocusable={!hasFilters(filters)}>
        {t.clear}
      </Button>
    </form>
  );
}
