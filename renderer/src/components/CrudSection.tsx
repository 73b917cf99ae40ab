// A titled part of a page listing records in a table, with "Ny …" above it and Ändra / Ta bort
// on each row, each opening its dialog: the registry's organisations and people, a group's
// members and meetings.
import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/index.ts';
import { CrudDialogs, crudRowActions, useCrudDialogs, type EditorProps } from './CrudDialogs.tsx';
import { DataTable, type Column } from './DataTable.tsx';
import type { Deletion } from './DeleteDialog.tsx';
import { ListContent } from './ListContent.tsx';
import { PageSection } from './PageHeading.tsx';

type Props<T> = {
  /** The heading's id; it also names the table. */
  id: string;
  title: string;
  createLabel: string;
  /** undefined when the list could not be loaded (see ListContent). */
  rows: readonly T[] | undefined;
  loading?: boolean;
  error?: ApiError | null;
  onRetry?(): void;
  empty: ReactNode;
  columns: readonly Column<T>[];
  /** Without it the rows have no Ändra button. */
  editAria?(row: T): string;
  deleteAria(row: T): string;
  deleteLabel?: string;
  renderEditor(props: EditorProps<T>): ReactNode;
  deletion(row: T): Deletion;
  onChanged(): Promise<void>;
};

export function CrudSection<T extends { id: string }>({ id, title, createLabel, columns, editAria, deleteAria, deleteLabel, renderEditor, deletion, onChanged, ...list }: Props<T>) {
  const dialogs = useCrudDialogs<T>();
  const actions = crudRowActions(dialogs, { editAria, deleteAria, deleteLabel });
  const create = (
    <Button appearance="primary" onClick={() => dialogs.editor.show(null)}>
      {createLabel}
    </Button>
  );
  return (
    <PageSection id={id} title={title} actions={create}>
      <ListContent {...list}>{(rows) => <DataTable labelledBy={id} rows={rows} columns={columns} actions={actions} />}</ListContent>
      <CrudDialogs dialogs={dialogs} renderEditor={renderEditor} deletion={deletion} onChanged={onChanged} />
    </PageSection>
  );
}
