// The goals (mål) with indicator, target and period, and when a group last treated each one.
import { Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { Goal, RegisterCoverage } from '../../../../shared/contract/index.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registersUiText } from '../../../../shared/i18n/sv/ui-registers.ts';
import { call } from '../../api/client.ts';
import type { ApiQuery } from '../../api/useApiQuery.ts';
import type { EditorProps } from '../../components/CrudDialogs.tsx';
import { CrudSection } from '../../components/CrudSection.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FieldRow, FormDialog, formLabels } from '../../components/FormDialog.tsx';
import { TextField } from '../../components/FormFields.tsx';
import { orNull } from '../../components/format.ts';
import { queryListProps } from '../../components/ListContent.tsx';
import { useForm } from '../../components/useForm.ts';
import { CoverageCell } from './CoverageCell.tsx';

const t = registersUiText.goals;
const d = registersUiText.goalDelete;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type Props = { query: ApiQuery<Goal[]>; coverage: RegisterCoverage | undefined; onChanged(): Promise<void> };

export function GoalsSection({ query, coverage, onChanged }: Props) {
  const styles = useStyles();
  return (
    <CrudSection<Goal>
      id="registers-goals"
      title={t.heading}
      createLabel={t.create}
      {...queryListProps(query)}
      empty={<EmptyState title={t.empty} hint={t.emptyHint} />}
      columns={[
        {
          header: t.columns.title,
          cell: (g) => (
            <span className={styles.stack}>
              <span>{g.title}</span>
              {g.source && <span className={styles.muted}>{g.source}</span>}
            </span>
          ),
        },
        {
          header: t.columns.indicator,
          cell: (g) => (
            <span className={styles.stack}>
              <span>{g.indicator ?? commonText.none}</span>
              {g.target && <span className={styles.muted}>{t.target(g.target)}</span>}
            </span>
          ),
        },
        { header: t.columns.period, cell: (g) => t.period(g.periodStart, g.periodEnd), nowrap: true },
        { header: t.columns.coverage, cell: (g) => <CoverageCell entry={coverage?.goals.find((c) => c.id === g.id)} periodMonths={coverage?.periodMonths ?? null} /> },
      ]}
      editAria={(g) => t.editAria(g.title)}
      deleteAria={(g) => t.deleteAria(g.title)}
      renderEditor={(props) => <GoalDialog {...props} />}
      deletion={(g) => ({ title: d.title(g.title), body: d.body, confirmLabel: d.confirm, remove: () => call('goals.delete', { id: g.id }) })}
      onChanged={onChanged}
    />
  );
}

function GoalDialog({ open, value: goal, onClose, onSaved }: EditorProps<Goal>) {
  const f = registersUiText.goalForm;
  const form = useForm({
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    indicator: goal?.indicator ?? '',
    target: goal?.target ?? '',
    periodStart: goal?.periodStart ?? '',
    periodEnd: goal?.periodEnd ?? '',
    source: goal?.source ?? '',
  });

  const submit = () => {
    const v = form.values;
    const values = {
      title: v.title,
      description: orNull(v.description),
      indicator: orNull(v.indicator),
      target: orNull(v.target),
      periodStart: orNull(v.periodStart),
      periodEnd: orNull(v.periodEnd),
      source: orNull(v.source),
    };
    void form.run(() => (goal ? call('goals.update', { id: goal.id, ...values }) : call('goals.create', values)), onSaved);
  };

  return (
    <FormDialog open={open} {...formLabels(f, !!goal)} save={form} onSubmit={submit} onClose={onClose}>
      <TextField label={f.title} hint={f.titleHint} required {...form.bind('title')} />
      <TextField label={f.indicator} hint={f.indicatorHint} {...form.bind('indicator')} />
      <TextField label={f.target} hint={f.targetHint} {...form.bind('target')} />
      <FieldRow>
        <TextField label={f.periodStart} hint={commonText.dateHint} placeholder={commonText.datePlaceholder} {...form.bind('periodStart')} />
        <TextField label={f.periodEnd} hint={commonText.dateHint} placeholder={commonText.datePlaceholder} {...form.bind('periodEnd')} />
      </FieldRow>
      <TextField label={f.source} hint={f.sourceHint} {...form.bind('source')} />
      <Field label={f.description} validationMessage={form.field('description')}>
        <Textarea value={form.values.description} onChange={(_e, data) => form.set('description', data.value)} resize="vertical" rows={3} />
      </Field>
    </FormDialog>
  );
}
