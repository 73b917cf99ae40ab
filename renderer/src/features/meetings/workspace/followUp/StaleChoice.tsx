// The mark on an action carried forward the group's number of times without progress, and the
// choice it needs: close it, give it a new due date with a reason, or escalate it.
import { Button } from '@fluentui/react-components';
import { followUpUiText } from '../../../../../../shared/i18n/sv/ui-followup.ts';
import { useFollowUpStyles } from './styles.ts';

const t = followUpUiText.stale;

type Props = {
  count: number;
  title: string;
  onClose(): void;
  onNewDate(): void;
  onEscalate(): void;
};

export function StaleChoice({ count, title, onClose, onNewDate, onEscalate }: Props) {
  const styles = useFollowUpStyles();
  return (
    <div className={styles.stale} role="group" aria-label={t.choices(title)}>
      <p className={styles.staleMarker}>{t.marker(count)}</p>
      <p className={styles.text}>{t.body}</p>
      <div className={styles.buttons}>
        <Button size="small" onClick={onClose}>
          {t.close}
        </Button>
        <Button size="small" onClick={onNewDate}>
          {t.newDate}
        </Button>
        <Button size="small" onClick={onEscalate}>
          {t.escalate}
        </Button>
      </div>
    </div>
  );
}

/** The mark alone, where nothing can be recorded (a planned meeting). */
export function StaleMarker({ count }: { count: number }) {
  const styles = useFollowUpStyles();
  return (
    <div className={styles.stale}>
      <p className={styles.staleMarker}>{t.marker(count)}</p>
    </div>
  );
}
