// The mandates (uppdrag) given to the committees: source as written, assigned committees,
// report-back date and status, and when a group last treated each one.
import { Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { mandateStatuses, type Mandate, type MandateStatus, type Organisation, type RegisterCoverage } from '../../../../shared/contract/index.ts';
import { organisationKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { mandateStatusLabel } from '../../../../shared/i18n/sv/registers.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registersUiText } from '../../../../shared/i18n/sv/ui-registers.ts';
import { call } from '../../api/client.ts';
import type { ApiQuery } from '../../api/useApiQuery.ts';
import { CheckboxFieldset } from '../../components/CheckboxFieldset.tsx';
import type { EditorProps } from '../../components/CrudDialogs.tsx';
import { CrudSection } from '../../components/CrudSection.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FieldRow, FormDialog, formLabels } from '../../components/FormDialog.tsx';
import { choicesOf, SelectField, TextField } from '../../components/FormFields.tsx';
import { orNull } from '../../components/format.ts';
import { queryListProps } from '../../components/ListContent.tsx';
import { useForm } from '../../components/useForm.ts';
import { CoverageCell, ReportBackWarning } from './CoverageCell.tsx';

const t = registersUiText.mandates;
const d = registersUiText.mandateDelete;

const useStyles = makeStyles({
  title: { display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  stack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '4px' },
});

type Props = { query: ApiQuery<Mandate[]>; coverage: RegisterCoverage | undefined; organisations: readonly Organisation[]; onChanged(): Promise<void> };

export function MandatesSection({ query, coverage, organisations, onChanged }: Props) {
  const styles = useStyles();
  const entry = (id: string) => coverage?.mandates.find((m) => m.id === id);
  return (
    <CrudSection<Mandate>
      id="registers-mandates"
      title={t.heading}
      createLabel={t.create}
      {...queryListProps(query)}
      empty={<EmptyState title={t.empty} hint={t.emptyHint} />}
      columns={[
        {
          header: t.columns.title,
          cell: (m) => (
            <span className={styles.title}>
              <span>{m.title}</span>
              <span className={styles.muted}>{m.source}</span>
            </span>
          ),
        },
        { header: t.columns.assignees, cell: (m) => m.assignees.map((a) => a.shortName ?? a.name).join(', ') || commonText.none },
        {
          header: t.columns.reportBack,
          cell: (m) => (
            <span className={styles.stack}>
              <span>{t.reportBack(m.reportBackDate, m.reportBackTo)}</span>
              <ReportBackWarning entry={entry(m.id)} />
            </span>
          ),
        },
        { header: t.columns.status, cell: (m) => mandateStatusLabel[m.status], nowrap: true },
        { header: t.columns.coverage, cell: (m) => <CoverageCell entry={entry(m.id)} periodMonths={coverage?.periodMonths ?? null} /> },
      ]}
      editAria={(m) => t.editAria(m.title)}
      deleteAria={(m) => t.deleteAria(m.title)}
      renderEditor={(props) => <MandateDialog {...props} organisations={organisations} />}
      deletion={(m) => ({ title: d.title(m.title), body: d.body, confirmLabel: d.confirm, remove: () => call('mandates.delete', { id: m.id }) })}
      onChanged={onChanged}
    />
  );
}

/** Committees first (mandates are given to them), then the other organisations. */
function assigneeOptions(organisations: readonly Organisation[]) {
  const committees = organisations.filter((o) => o.kind === 'committee');
  const others = organisations.filter((o) => o.kind !== 'committee');
  return [...committees, ...others].map((o) => ({ value: o.id, label: o.kind === 'committee' ? o.name : `${o.name} (${organisationKindLabel[o.kind]})` }));
}

function MandateDialog({ open, value: mandate, onClose, onSaved, organisations }: EditorProps<Mandate> & { organisations: readonly Organisation[] }) {
  const f = registersUiText.mandateForm;
  const form = useForm({
    title: mandate?.title ?? '',
    source: mandate?.source ?? '',
    description: mandate?.description ?? '',
    reportBackDate: mandate?.reportBackDate ?? '',
    reportBackTo: mandate?.reportBackTo ?? '',
    status: mandate?.status ?? ('active' as MandateStatus),
  });
  const [assignees, setAssignees] = useState<ReadonlySet<string>>(new Set(mandate?.assignees.map((a) => a.id)));

  const submit = () => {
    const v = form.values;
    const values = {
      title: v.title,
      source: v.source,
      description: orNull(v.description),
      reportBackDate: orNull(v.reportBackDate),
      reportBackTo: orNull(v.reportBackTo),
      status: v.status,
      assigneeIds: [...assignees],
    };
    void form.run(() => (mandate ? call('mandates.update', { id: mandate.id, ...values }) : call('mandates.create', values)), onSaved);
  };

  const options = assigneeOptions(organisations);
  return (
    <FormDialog open={open} {...formLabels(f, !!mandate)} save={form} onSubmit={submit} onClose={onClose}>
      <TextField label={f.title} hint={f.titleHint} required {...form.bind('title')} />
      <TextField label={f.source} hint={f.sourceHint} required {...form.bind('source')} />
      <Field label={f.description} validationMessage={form.field('description')}>
        <Textarea value={form.values.description} onChange={(_e, data) => form.set('description', data.value)} resize="vertical" rows={3} />
      </Field>
      {options.length === 0 ? (
        <p>{f.assigneesEmpty}</p>
      ) : (
        <CheckboxFieldset
          id="mandate-assignees"
          legend={f.assignees}
          options={options}
          checked={assignees}
          scroll
          onToggle={(id, on) => setAssignees((current) => (on ? new Set([...current, id]) : new Set([...current].filter((x) => x !== id))))}
        />
      )}
      <FieldRow>
        <TextField label={f.reportBackDate} hint={commonText.dateHint} placeholder={commonText.datePlaceholder} {...form.bind('reportBackDate')} />
        <SelectField label={f.status} required {...form.bind('status')} choices={choicesOf(mandateStatuses, mandateStatusLabel)} />
      </FieldRow>
      <TextField label={f.reportBackTo} hint={f.reportBackToHint} {...form.bind('reportBackTo')} />
    </FormDialog>
  );
}
