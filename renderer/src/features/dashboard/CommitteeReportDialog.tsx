// "Rapport till nämnd": choose the committee and the period (this year unless changed); the
// report is saved as a Word file and recorded in the expediering log.
import { makeStyles } from '@fluentui/react-components';
import type { Organisation } from '../../../../shared/contract/index.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { dashboardUiText } from '../../../../shared/i18n/sv/ui-dashboard.ts';
import { call } from '../../api/client.ts';
import { FieldRow, FormDialog } from '../../components/FormDialog.tsx';
import { SelectField, TextField } from '../../components/FormFields.tsx';
import { useForm } from '../../components/useForm.ts';
import { saveGeneratedFile } from '../documents/saveFile.ts';

const t = dashboardUiText.report;
const useStyles = makeStyles({ intro: { margin: 0 } });

type Props = { open: boolean; committees: readonly Organisation[]; year: string; onClose(): void; onSaved(fileName: string): void };

export function CommitteeReportDialog({ open, committees, year, onClose, onSaved }: Props) {
  const styles = useStyles();
  const form = useForm({ organisationId: committees[0]?.id ?? '', from: `${year}-01-01`, to: `${year}-12-31` });

  const submit = () => {
    const v = form.values;
    void form.run(
      () => call('documents.committeeReport', { organisationId: v.organisationId, from: v.from.trim(), to: v.to.trim() }),
      (file) => {
        saveGeneratedFile(file);
        onSaved(file.fileName);
      },
    );
  };

  return (
    <FormDialog open={open} title={t.title} submitLabel={t.submit} save={form} onSubmit={submit} onClose={onClose}>
      <p className={styles.intro}>{t.intro}</p>
      {committees.length === 0 ? (
        <p>{t.noCommittees}</p>
      ) : (
        <SelectField label={t.committee} required {...form.bind('organisationId')} choices={committees.map((o) => ({ value: o.id, label: o.name }))} />
      )}
      <FieldRow>
        <TextField label={t.from} hint={commonText.dateHint} placeholder={commonText.datePlaceholder} required {...form.bind('from')} />
        <TextField label={t.to} hint={commonText.dateHint} placeholder={commonText.datePlaceholder} required {...form.bind('to')} />
      </FieldRow>
    </FormDialog>
  );
}
