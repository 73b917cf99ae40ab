// One follow-up entry of an action's history: when and in which meeting (a link to it), the
// status then, the note, a new due date with its reason, a new owner, an escalation, and who
// recorded it. Only what the entry has is shown.
import type { ReactNode } from 'react';
import type { FollowUpEntry } from '../../../../shared/contract/index.ts';
import { registerText } from '../../../../shared/i18n/sv/ui-register.ts';
import { paths } from '../../app/paths.ts';
import { ActionStatusBadges } from './ActionStatusBadges.tsx';
import { DialogLink } from './DialogLink.tsx';
import { useHistoryStyles } from './historyStyles.ts';
import { ownerText } from './ownerLabel.ts';
import { PairList } from './PairList.tsx';

const t = registerText.history;

type Props = { entry: FollowUpEntry; meetingGroupId: string | undefined; onClose(): void };

export function HistoryEntry({ entry, meetingGroupId, onClose }: Props) {
  const s = useHistoryStyles();
  const meetingLabel = t.meeting(entry.sectionNumber, entry.meetingDate ?? entry.date);
  const pairs: [string, ReactNode][] = [];
  if (entry.note) pairs.push([t.entryNote, entry.note]);
  if (entry.newDueDate) pairs.push([t.newDue, entry.newDueDate]);
  if (entry.dueDateReason) pairs.push([t.reason, entry.dueDateReason]);
  if (entry.newOwner) pairs.push([t.newOwner, ownerText(entry.newOwner)]);
  if (entry.escalatedTo) pairs.push([t.escalatedTo, entry.escalatedTo]);
  pairs.push([t.recordedBy, entry.recordedByTitle ? `${entry.recordedByName}, ${entry.recordedByTitle}` : entry.recordedByName]);

  return (
    <li className={s.entry}>
      <p className={s.entryHead}>
        {entry.meetingId && meetingGroupId ? (
          <DialogLink to={paths.meeting(meetingGroupId, entry.meetingId)} onClose={onClose}>
            {meetingLabel}
          </DialogLink>
        ) : (
          <span>{entry.meetingId ? meetingLabel : t.noMeeting(entry.date)}</span>
        )}
        <ActionStatusBadges status={entry.status} />
      </p>
      <PairList pairs={pairs} />
    </li>
  );
}
