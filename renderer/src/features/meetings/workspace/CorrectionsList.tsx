// Corrections (rättelser) where they belong: under their item, or at the top for the whole protocol.
import { makeStyles, tokens } from '@fluentui/react-components';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { useWorkspace } from './context.ts';
import { useSectionStyles } from './DecisionsSection.tsx';

const t = meetingText.approved;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  entry: {
    padding: '10px 14px',
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  meta: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: '4px 0 0 0', whiteSpace: 'pre-wrap' },
});

export function CorrectionsList({ agendaItemId }: { agendaItemId: string | null }) {
  const styles = useStyles();
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
          <li key={c.id} className={styles.entry}>
            <p className={styles.meta}>{t.correctionEntry(c.createdAt.slice(0, 10), c.createdByName)}</p>
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
