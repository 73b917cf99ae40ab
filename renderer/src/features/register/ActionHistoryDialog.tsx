// An action's history: the action as it stands (decided where, owner, due date, status, age)
// and every follow-up entry, oldest first. Opened from a row of the register; the row's data
// shows at once while the history loads.
import { Button, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { RegisterRow } from '../../../../shared/contract/index.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registerText, swedishNumber } from '../../../../shared/i18n/sv/ui-register.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { ActionStatusBadges } from './ActionStatusBadges.tsx';
import { DialogLink } from './DialogLink.tsx';
import { HistoryEntry } from './HistoryEntry.tsx';
import { useHistoryStyles } from './historyStyles.ts';
import { ownerText } from './ownerLabel.ts';
import { PairList } from './PairList.tsx';

const t = registerText.history;

type Props = { open: boolean; row: RegisterRow; onClose(): void };

export function ActionHistoryDialog({ open, row, onClose }: Props) {
  const s = useHistoryStyles();
  const history = useApiQuery('actions.history', { actionId: row.actionId });
  const action = history.data?.action ?? row;
  const entries = history.data?.entries ?? [];

  const pairs: [string, ReactNode][] = [
    [
      t.decided,
      <>
        <DialogLink to={paths.meeting(action.groupId, action.meetingId)} onClose={onClose}>
          {registerText.table.meetingLink(action.sectionNumber, action.decidedOn)}
        </DialogLink>
        {`, ${action.groupName}`}
      </>,
    ],
    [t.owner, ownerText(action.owner)],
    [t.due, action.dueDate],
  ];
  if (action.originalDueDate !== action.dueDate) pairs.push([t.originalDue, action.originalDueDate]);
  pairs.push([t.status, <ActionStatusBadges key="status" status={action.status} overdue={action.overdue} stale={action.stale} />]);
  if (action.carriesWithoutProgress > 0) pairs.push([t.carries, swedishNumber(action.carriesWithoutProgress)]);
  pairs.push([t.age, t.ageDays(action.ageDays)]);
  if (action.note) pairs.push([t.note, action.note]);

  return (
    <ModalDialog open={open} busy={false} onClose={onClose}>
      <DialogSurface className={s.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t.title(action.title)}</DialogTitle>
          <DialogContent className={s.content}>
            <PairList pairs={pairs} />
            <section aria-labelledby="action-history-entries" className={s.content}>
              <h3 id="action-history-entries" className={s.h3}>
                {t.entriesHeading}
              </h3>
              <ErrorBar error={history.error} onRetry={() => void history.reload()} />
              {history.loading ? (
                <Spinner size="small" label={commonText.loading} />
              ) : !history.data ? null : entries.length === 0 ? (
                <p className={s.muted}>{t.noEntries}</p>
              ) : (
                <ol className={s.entries} aria-label={t.entriesLabel}>
                  {entries.map((entry) => (
                    <HistoryEntry key={entry.id} entry={entry} meetingGroupId={entry.meetingGroupId ?? undefined} onClose={onClose} />
                  ))}
                </ol>
              )}
            </section>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </ModalDialog>
  );
}
