// The first § number per calendar year, where a group's numbering does not start at § 1: the
// years set so far, and a small form to set one. The core renumbers the year's drafts at once and
// refuses once a protocol of that year is approved; its message shows above the form.
import { Button, makeStyles } from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { TextField } from '../../components/FormFields.tsx';
import { ListContent } from '../../components/ListContent.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { useForm } from '../../components/useForm.ts';
import { useAppStore } from '../../state/appStore.ts';
import { useSettingsStyles } from './settingsStyles.ts';
import { stockholmToday } from '../../../../shared/domain/dates.ts';

const t = groupsText.sectionStarts;

type Start = { year: number; firstNumber: number };

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-start' },
  year: { flex: '0 1 10em' },
  number: { flex: '0 1 16em' },
  // Lines the button up with the inputs, below the labels.
  submit: { marginTop: '26px' },
  table: { maxWidth: '32em' },
});

/** Digits only; anything else goes to the API as "not a number", whose message says what to write. */
const toNumber = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function SectionStartsSection({ groupId }: { groupId: string }) {
  const styles = useStyles();
  const settings = useSettingsStyles();
  const query = useApiQuery('groups.getSectionStarts', { groupId });
  /** The list as the last save returned it (fresher than the query), and what that save set. */
  const [savedList, setSavedList] = useState<Start[] | null>(null);
  const [lastSaved, setLastSaved] = useState<Start | null>(null);
  const today = useAppStore((s) => s.status?.today) ?? stockholmToday();
  const form = useForm({ year: today.slice(0, 4), firstNumber: '' });
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, form.errorVersion);

  const starts = savedList ?? query.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.busy) return;
    const input = { groupId, year: toNumber(form.values.year), firstNumber: toNumber(form.values.firstNumber) };
    setLastSaved(null);
    void form.run(
      () => call('groups.setSectionStart', input),
      (list) => {
        setSavedList(list);
        setLastSaved({ year: input.year, firstNumber: input.firstNumber });
      },
    );
  };

  return (
    <section className={settings.part} aria-labelledby="group-section-starts">
      <h3 id="group-section-starts" className={settings.h3}>
        {t.heading}
      </h3>
      <p className={settings.text}>{t.intro}</p>
      <p className={settings.hint}>{t.lockNote}</p>
      <ListContent
        rows={starts}
        loading={query.loading}
        error={query.error}
        onRetry={() => void query.reload()}
        empty={<p className={settings.text}>{t.empty}</p>}
      >
        {(rows) => (
          <div className={styles.table}>
            <DataTable
              label={t.tableLabel}
              rows={rows.map((row) => ({ ...row, id: String(row.year) }))}
              columns={[
                { header: t.columns.year, cell: (row) => row.year },
                { header: t.columns.firstNumber, cell: (row) => t.section(row.firstNumber), nowrap: true },
              ]}
            />
          </div>
        )}
      </ListContent>
      <form ref={formRef} aria-label={t.formLabel} className={settings.part} onSubmit={submit} noValidate>
        <ErrorBar error={form.barError} issues={form.barIssues} />
        <div className={styles.form}>
          <div className={styles.year}>
            <TextField label={t.year} hint={t.yearHint} required {...form.bind('year')} />
          </div>
          <div className={styles.number}>
            <TextField label={t.firstNumber} hint={t.firstNumberHint} required {...form.bind('firstNumber')} />
          </div>
          <Button type="submit" appearance="primary" className={styles.submit} disabledFocusable={form.busy}>
            {form.busy ? commonText.saving : t.submit}
          </Button>
        </div>
        <p role="status" className={settings.text}>
          {lastSaved ? t.saved(lastSaved.year, lastSaved.firstNumber) : ''}
        </p>
      </form>
    </section>
  );
}
