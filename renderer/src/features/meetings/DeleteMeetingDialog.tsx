import type { Meeting } from '../../../../shared/contract/index.ts';
import { meetingsText } from '../../../../shared/i18n/sv/ui-meetings.ts';
import { call } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useSave } from '../../components/useSave.ts';

const t = meetingsText.delete;

/** Says what will be lost (the agenda with its items, notes, decisions and actions). */
export function DeleteMeetingDialog({ open, meeting, onClose, onDeleted }: { open: boolean; meeting: Meeting; onClose(): void; onDeleted(): void | Promise<void> }) {
  const save = useSave();
  return (
    <ConfirmDialog
      open={open}
      title={t.title(meeting.groupName, meeting.date)}
      body={t.body(meeting.itemCount)}
      confirmLabel={t.confirm}
      busy={save.busy}
      error={save.error}
      onClose={onClose}
      onConfirm={() => void save.run(() => call('meetings.delete', { id: meeting.id }), onDeleted)}
    />
  );
}
