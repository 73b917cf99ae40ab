// The two dialogs behind a list of records, or a record's own page: the create/edit form and the
// delete confirmation. Both stay mounted while they animate closed (open={false}, see useDialog.ts).
import { Fragment, type ReactNode } from 'react';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';
import type { RowAction } from './DataTable.tsx';
import { DeleteDialog, type Deletion } from './DeleteDialog.tsx';
import { useDialog, type DialogHandle } from './useDialog.ts';

export type CrudDialogHandles<T> = {
  /** Shown with null to create a record, or with the record to edit it. */
  editor: DialogHandle<T | null>;
  removal: DialogHandle<T>;
};

export function useCrudDialogs<T>(): CrudDialogHandles<T> {
  return { editor: useDialog<T | null>(), removal: useDialog<T>() };
}

/** What a record's form dialog gets; `value` is undefined when it creates a new record. */
export type EditorProps<T> = { open: boolean; value: T | undefined; onClose(): void; onSaved(): Promise<void> };

/** Row buttons that open the dialogs: Ändra (only with editAria) and Ta bort. */
export function crudRowActions<T>(
  { editor, removal }: CrudDialogHandles<T>,
  text: { editAria?(row: T): string; deleteAria(row: T): string; deleteLabel?: string },
): RowAction<T>[] {
  const remove: RowAction<T> = { label: text.deleteLabel ?? commonText.delete, ariaLabel: text.deleteAria, run: removal.show };
  return text.editAria ? [{ label: commonText.edit, ariaLabel: text.editAria, run: editor.show }, remove] : [remove];
}

type Props<T> = {
  dialogs: CrudDialogHandles<T>;
  renderEditor(props: EditorProps<T>): ReactNode;
  deletion(row: T): Deletion;
  /** Reloads what shows the record, after a save or a delete, as the dialog closes. */
  onChanged(): Promise<void>;
  /** Instead of onChanged after a delete: a page whose record is gone leaves for another. */
  onDeleted?(): Promise<void>;
};

export function CrudDialogs<T>({ dialogs: { editor, removal }, renderEditor, deletion, onChanged, onDeleted = onChanged }: Props<T>) {
  const closeThen = (next: () => Promise<void>) => async () => {
    editor.close();
    removal.close();
    await next();
  };
  return (
    <>
      {editor.value !== undefined && (
        // The key remounts the form on every show(), so it starts with fresh fields.
        <Fragment key={editor.key}>{renderEditor({ open: editor.open, value: editor.value ?? undefined, onClose: editor.close, onSaved: closeThen(onChanged) })}</Fragment>
      )}
      {removal.value !== undefined && (
        <DeleteDialog key={removal.key} open={removal.open} deletion={deletion(removal.value)} onClose={removal.close} onDeleted={closeThen(onDeleted)} />
      )}
    </>
  );
}
