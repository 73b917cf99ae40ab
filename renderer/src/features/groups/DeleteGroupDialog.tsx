import type { Group } from '../../../../shared/contract/index.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { call } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useSave } from '../../components/useSave.ts';

const t = groupsText.delete;

export function DeleteGroupDialog({ open, group, onClose, onDeleted }: { open: boolean; group: Group; onClose(): void; onDeleted(): void | Promise<void> }) {
  const save = useSave();
  return (
    <ConfirmDialog
      open={open}
      title={t.title(group.name)}
      body={t.body}
      confirmLabel={t.confirm}
      busy={save.busy}
      error={save.error}
      onClose={onClose}
      onConfirm={() => void save.run(() => call('groups.delete', { id: group.id }), onDeleted)}
    />
  );
}
