// Chooses the §§ for protocol extracts and shows, before anything is made, which extract each
// recipient will get. The core makes them exactly as the approved copy has them.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MeetingDetail } from '../../../../shared/contract/index.ts';
import { addressedExtracts } from '../../../../shared/domain/extracts.ts';
import { sectionSpan } from '../../../../shared/i18n/sv/exports.ts';
import { documentsText } from '../../../../shared/i18n/sv/ui-documents.ts';
import { call } from '../../api/client.ts';
import { CheckboxFieldset } from '../../components/CheckboxFieldset.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { useSave } from '../../components/useSave.ts';
import type { DocumentAction } from './useDocumentAction.ts';

const t = documentsText.extract;

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2 },
  preview: { margin: 0, paddingLeft: '20px' },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

type Props = { open: boolean; detail: MeetingDetail; action: DocumentAction; onClose(): void };

export function ExtractDialog({ open, detail, action, onClose }: Props) {
  const styles = useStyles();
  const save = useSave(['sections']);
  const numbered = detail.items.filter((i): i is typeof i & { sectionNumber: number } => i.sectionNumber !== null);
  const [chosen, setChosen] = useState<number[]>([]);
  const preview = addressedExtracts(detail.items, chosen);

  const toggle = (n: number, on: boolean) => setChosen((current) => (on ? [...current, n].sort((a, b) => a - b) : current.filter((x) => x !== n)));
  const submit = () =>
    void save.run(
      () => call('documents.extracts', { meetingId: detail.meeting.id, sections: chosen }),
      ({ files }) => {
        action.deliver(files);
        onClose();
      },
    );

  return (
    <FormDialog open={open} title={t.title} submitLabel={t.submit} save={save} onSubmit={submit} onClose={onClose}>
      <p>{t.intro}</p>
      <CheckboxFieldset
        id="extract-sections"
        legend={t.sections}
        scroll
        options={numbered.map((item) => ({
          value: String(item.sectionNumber),
          label: (
            <>
              {t.section(item.sectionNumber, item.title)}
              {item.confidential && <span className={styles.note}> {t.confidential}</span>}
            </>
          ),
        }))}
        checked={new Set(chosen.map(String))}
        onToggle={(value, on) => toggle(Number(value), on)}
        message={save.field('sections')}
      />
      {preview.length > 0 && (
        <section aria-labelledby="extract-preview">
          <h3 id="extract-preview" className={styles.h3}>
            {t.recipientsHeading}
          </h3>
          <ul className={styles.preview}>
            {preview.map((entry) => (
              <li key={entry.recipient?.name ?? ''}>{t.recipientLine(entry.recipient?.name ?? t.noRecipient, sectionSpan(entry.sections))}</li>
            ))}
          </ul>
        </section>
      )}
    </FormDialog>
  );
}
