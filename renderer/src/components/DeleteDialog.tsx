// Asks before deleting something and runs the delete call; a refusal (e.g. "the group still
// has meetings") stays in the dialog until the user closes it.
import type { Result } from '../../../shared/contract/index.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useSave } from './useSave.ts';

/** What to delete and how to say so: the texts of the confirmation and the API call. */
export type Deletion = {
  title: string;
  body: string;
  confirmLabel: string;
  remove(): Promise<Result<unknown>>;
};

type Props = { open: boolean; deletion: Deletion; onClose(): void; onDeleted(): void | Promise<void> };

export function DeleteDialog({ open, deletion, onClose, onDeleted }: Props) {
  const save = useSave();
  return (
    <ConfirmDialog
      open={open}
      title={deletion.title}
      body={deletion.body}
      confirmLabel={deletion.confirmLabel}
      busy={save.busy}
      error={save.error}
      onClose={onClose}
      onConfirm={() => void save.run(deletion.remove, onDeleted)}
    />
  );
}
