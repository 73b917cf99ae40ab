// What every part of the meeting page shares: the loaded meeting, whether it may be edited,
// the registry lookups, and the page's dialogs.
import { createContext, useContext } from 'react';
import type { AgendaItemEntry, DecisionEntry, ActionEntry, Group, MeetingDetail, Organisation, Person, Result } from '../../../../../shared/contract/index.ts';
import type { Deletion } from '../../../components/DeleteDialog.tsx';

export type Lookups = { organisations: Organisation[]; people: Person[]; groups: Group[] };

export type Workspace = {
  detail: MeetingDetail;
  readOnly: boolean;
  lookups: Lookups;
  /** "Styrgruppen", "Omlottgruppen" … for the stock phrases. */
  decider: string;
  reload(): Promise<void>;
  /** Runs a structural write (create, delete, move …) with the page's save status, then reloads. */
  write<T>(action: () => Promise<Result<T>>): Promise<Result<T>>;
  /** Saves fields of an item (title, presenter, description, confidential) and refreshes the agenda. */
  saveItem(id: string, fields: { title?: string; presenterText?: string | null; description?: string | null; confidential?: boolean }): Promise<Result<AgendaItemEntry>>;
  confirmDelete(deletion: Deletion): void;
  editAction(decision: DecisionEntry, action: ActionEntry | null): void;
  /** A decision whose text field should take focus once it renders (after Alt+B). */
  focusDecisionId: string | null;
};

export const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('useWorkspace outside the meeting page');
  return ws;
}
