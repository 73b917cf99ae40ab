import type { Meeting } from '../../../../shared/contract/index.ts';
import { meetingsText } from '../../../../shared/i18n/sv/ui-meetings.ts';
import { call } from '../../api/client.ts';
import type { Deletion } from '../../components/DeleteDialog.tsx';

const t = meetingsText.delete;

/** Deleting a meeting says what will be lost (the agenda with its items, notes, decisions and actions). */
export function meetingDeletion(meeting: Meeting): Deletion {
  return {
    title: t.title(meeting.groupName, meeting.date),
    body: t.body(meeting.itemCount),
    confirmLabel: t.confirm,
    remove: () => call('meetings.delete', { id: meeting.id }),
  };
}
