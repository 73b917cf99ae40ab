// The follow-up item of a meeting ("Uppföljning av beslut och uppdrag"): every open action of
// the group decided in an earlier meeting, and those closed since the previous meeting, each
// recorded here by keyboard. A locked protocol shows only what was recorded in it.
import { Spinner } from '@fluentui/react-components';
import { useRef } from 'react';
import { commonText } from '../../../../../../shared/i18n/sv/ui-common.ts';
import { followUpUiText } from '../../../../../../shared/i18n/sv/ui-followup.ts';
import { ErrorBar } from '../../../../components/ErrorBar.tsx';
import { useWorkspace } from '../context.ts';
import { useSectionStyles } from '../DecisionsSection.tsx';
import { FollowUpRow, type RowMode } from './FollowUpRow.tsx';
import { useFollowUpStyles } from './styles.ts';
import { useFollowUps } from './useFollowUps.ts';

const t = followUpUiText;

export function FollowUpPanel() {
  const section = useSectionStyles();
  const styles = useFollowUpStyles();
  const ws = useWorkspace();
  const meeting = ws.detail.meeting;
  const followUps = useFollowUps(meeting.id);
  const listRef = useRef<HTMLUListElement>(null);
  const mode: RowMode = ws.readOnly ? 'read' : meeting.status === 'draft' ? 'record' : 'preview';
  const rows = followUps.data?.rows ?? [];
  const shown = mode === 'read' ? rows.filter((r) => r.entry) : rows;

  /** Enter recorded a row: the cursor goes to the next action's status. */
  const focusAfter = (actionId: string) => {
    const all = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-follow-up-row]') ?? [])];
    const next = all[all.findIndex((el) => el.dataset.followUpRow === actionId) + 1];
    next?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  };

  return (
    <section className={section.section} aria-labelledby="follow-up-heading">
      <h3 id="follow-up-heading" className={section.h3}>
        {t.heading}
      </h3>
      <ErrorBar error={followUps.error} onRetry={() => void followUps.reload()} />
      {followUps.loading && <Spinner size="tiny" label={commonText.loading} />}
      {followUps.data && (
        <>
          {mode !== 'read' && rows.length > 0 && (
            <p className={styles.text} role="status">
              {t.summary(rows.length, rows.filter((r) => r.overdue).length, rows.filter((r) => r.entry).length)}
            </p>
          )}
          {mode === 'record' && rows.length > 0 && <p className={styles.muted}>{t.keyboardHint}</p>}
          {mode === 'preview' && <p className={styles.muted}>{t.notStarted}</p>}
          {shown.length === 0 ? (
            <p className={styles.muted}>{mode === 'read' ? t.emptyReadOnly : t.empty}</p>
          ) : (
            <ul ref={listRef} className={styles.list}>
              {shown.map((row) => (
                <FollowUpRow key={row.actionId} row={row} meetingId={meeting.id} mode={mode} followUps={followUps} onDone={() => focusAfter(row.actionId)} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
