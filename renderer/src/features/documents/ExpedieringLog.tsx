// The meeting's expediering log: which documents left the app, to whom, when and by whom.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { stockholmDateTime } from '../../../../shared/domain/dates.ts';
import { sectionSpan } from '../../../../shared/i18n/sv/exports.ts';
import { documentsText } from '../../../../shared/i18n/sv/ui-documents.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { ErrorBar } from '../../components/ErrorBar.tsx';

const t = documentsText.log;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '10px' },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': { textAlign: 'left', padding: '6px 12px 6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
    '& caption': { textAlign: 'left', color: tokens.colorNeutralForeground2, paddingBottom: '4px' },
  },
});

/** `version` changes after each sending, so the log reloads. */
export function ExpedieringLog({ meetingId, version }: { meetingId: string; version: number }) {
  const styles = useStyles();
  const log = useApiQuery('expediering.list', { meetingId });
  const { reload } = log;
  useEffect(() => {
    if (version > 0) void reload();
  }, [version, reload]);
  const entries = log.data ?? [];
  return (
    <section className={styles.section} aria-labelledby="expediering-heading">
      <h3 id="expediering-heading" className={styles.h3}>
        {t.heading}
      </h3>
      <ErrorBar error={log.error} onRetry={() => void log.reload()} />
      {entries.length === 0 ? (
        <p className={styles.muted}>{t.empty}</p>
      ) : (
        <table className={styles.table}>
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.sentAt}</th>
              <th scope="col">{t.document}</th>
              <th scope="col">{t.recipient}</th>
              <th scope="col">{t.sentBy}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{stockholmDateTime(e.sentAt)}</td>
                <td>
                  {documentsText.kind[e.documentKind]}
                  {e.sections.length > 0 && e.documentKind === 'extract' ? ` ${sectionSpan(e.sections)}` : ''}
                </td>
                <td>{e.recipientName ?? t.noRecipient}</td>
                <td>{e.sentByName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
