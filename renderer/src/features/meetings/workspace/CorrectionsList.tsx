// Corrections (rättelser) where they belong: under their item, or at the top for the whole protocol.
import { mergeClasses } from '@fluentui/react-components';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { useWorkspace } from './context.ts';
import { useSectionStyles } from './DecisionsSection.tsx';
import { useLogEntryStyles } from './logEntryStyles.ts';
import { stockholmDateOf } from '../../../../../shared/domain/swedishDates.ts';

const t = meetingText.approved;


export function CorrectionsList({ agendaItemId }: { agendaItemId: string | null }) {
  const styles = useLogEntryStyles();
  const section = useSectionStyles();
  const ws = useWorkspace();
  const corrections = ws.detail.corrections.filter((c) => c.agendaItemId === agendaItemId);
  if (corrections.length === 0) return null;
  const headingId = `corrections-${agendaItemId ?? 'protocol'}`;
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={section.h3}>
        {t.correctionsHeading}
      </h3>
      <ul className={styles.list}>
        {corrections.map((c) => (
          <li key={c.id} className={mergeClasses(styles.entry, styles.correction)}>
            <p className={styles.meta}>{t.correctionEntry(stockholmDateOf(c.createdAt), c.createdByName)}</p>
            <p className={styles.text}>{c.text}</p>
            {c.reason && (
              <p className={styles.text}>
                {t.reason}: {c.reason}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
