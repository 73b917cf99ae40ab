// This meeting's recorded follow-up of one action, as the protocol will carry it; a Klar entry
// with the group's confirmation line. "Ångra" withdraws it while the meeting is a draft.
import { Button } from '@fluentui/react-components';
import type { FollowUpEntry } from '../../../../../../shared/contract/index.ts';
import { actionStatusLabel } from '../../../../../../shared/i18n/sv/labels.ts';
import { followUpUiText } from '../../../../../../shared/i18n/sv/ui-followup.ts';
import { useWorkspace } from '../context.ts';
import { useFollowUpStyles } from './styles.ts';

const t = followUpUiText.entry;

export function EntrySummary({ entry, title, onUndo }: { entry: FollowUpEntry; title: string; onUndo?: () => void }) {
  const styles = useFollowUpStyles();
  const ws = useWorkspace();
  return (
    <div className={styles.entry}>
      <p className={styles.text}>
        <strong>{t.heading}:</strong> {actionStatusLabel[entry.status]}
        {entry.note ? ` – ${entry.note}` : ''}
      </p>
      {entry.newDueDate && <p className={styles.text}>{t.newDue(entry.newDueDate, entry.dueDateReason)}</p>}
      {entry.escalatedTo && <p className={styles.text}>{t.escalated(entry.escalatedTo)}</p>}
      {entry.status === 'done' && <p className={styles.protocolLine}>{t.confirmed(ws.decider)}</p>}
      {onUndo && (
        <div className={styles.buttons}>
          <Button size="small" aria-label={t.undoFor(title)} onClick={onUndo}>
            {t.undo}
          </Button>
        </div>
      )}
    </div>
  );
}
