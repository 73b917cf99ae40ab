// Agenda items of a meeting, their notes, order and basis documents (beslutsunderlag).
import type { AgendaItemKind } from '../../../shared/contract/index.ts';
import { updateRow, type Db } from './sql.ts';

export type AgendaItemInsert = {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  kind: string;
  sectionNumber: number | null;
  description?: string | null;
  presenterPersonId?: string | null;
  presenterText?: string | null;
  notesJson?: string | null;
  confidential?: boolean;
  linkedMeetingId?: string | null;
};

export function insertAgendaItem(db: Db, item: AgendaItemInsert, at: string): void {
  db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, title, kind, presenter_person_id, presenter_text, description, notes_json,
       section_number, confidential, linked_meeting_id, created_at, updated_at)
     VALUES (@id, @meetingId, @position, @title, @kind, @presenterPersonId, @presenterText, @description, @notesJson,
       @sectionNumber, @confidential, @linkedMeetingId, @at, @at)`,
  ).run({
    presenterPersonId: null,
    presenterText: null,
    description: null,
    notesJson: null,
    linkedMeetingId: null,
    ...item,
    confidential: item.confidential ? 1 : 0,
    at,
  });
}

export type AgendaItemPatch = Partial<{
  title: string;
  kind: AgendaItemKind;
  presenterPersonId: string | null;
  presenterText: string | null;
  description: string | null;
  confidential: boolean;
  linkedMeetingId: string | null;
}>;

export function updateAgendaItem(db: Db, id: string, patch: AgendaItemPatch, at: string): number {
  const columns = {
    title: 'title',
    kind: 'kind',
    presenterPersonId: 'presenter_person_id',
    presenterText: 'presenter_text',
    description: 'description',
    confidential: 'confidential',
    linkedMeetingId: 'linked_meeting_id',
  } as const;
  const { confidential, ...rest } = patch;
  const row: Omit<AgendaItemPatch, 'confidential'> & { confidential?: number } = confidential === undefined ? rest : { ...rest, confidential: confidential ? 1 : 0 };
  return updateRow(db, 'agenda_items', columns, id, row, at);
}

export function setAgendaItemNotes(db: Db, id: string, notesJson: string | null, at: string): number {
  return db.prepare('UPDATE agenda_items SET notes_json = ?, updated_at = ? WHERE id = ?').run(notesJson, at, id).changes;
}

export function deleteAgendaItem(db: Db, id: string): number {
  return db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id).changes;
}

/** The meeting's items in agenda order, with what placing a new item needs. */
export function listAgendaOrder(db: Db, meetingId: string): { id: string; kind: AgendaItemKind }[] {
  return db.prepare('SELECT id, kind FROM agenda_items WHERE meeting_id = ? ORDER BY position').all(meetingId) as { id: string; kind: AgendaItemKind }[];
}

/**
 * Gives the meeting's items the positions 1…n in the given order. Positions are unique per
 * meeting, so they are first moved out of the way (negative), then set.
 */
export function setAgendaOrder(db: Db, meetingId: string, orderedIds: readonly string[], at: string): void {
  db.prepare('UPDATE agenda_items SET position = -position WHERE meeting_id = ?').run(meetingId);
  const update = db.prepare('UPDATE agenda_items SET position = ?, updated_at = ? WHERE id = ? AND meeting_id = ?');
  orderedIds.forEach((id, index) => update.run(index + 1, at, id, meetingId));
}

export function nextAgendaPosition(db: Db, meetingId: string): number {
  return (db.prepare('SELECT COALESCE(max(position), 0) + 1 AS n FROM agenda_items WHERE meeting_id = ?').get(meetingId) as { n: number }).n;
}

/** Sets the "Föregående protokoll" link of the meeting's previous-minutes items that have none. */
export function linkPreviousMinutes(db: Db, meetingId: string, previousMeetingId: string, at: string): number {
  return db
    .prepare(
      `UPDATE agenda_items SET linked_meeting_id = ?, updated_at = ?
       WHERE meeting_id = ? AND kind = 'previous_minutes' AND linked_meeting_id IS NULL`,
    )
    .run(previousMeetingId, at, meetingId).changes;
}

export type BasisDocumentInsert = { id: string; agendaItemId: string; position: number; title: string; reference: string | null };

/** A basis document (beslutsunderlag) of an agenda item, e.g. a report with its diarienummer. */
export function insertBasisDocument(db: Db, doc: BasisDocumentInsert): void {
  db.prepare(
    'INSERT INTO basis_documents (id, agenda_item_id, position, title, reference) VALUES (@id, @agendaItemId, @position, @title, @reference)',
  ).run(doc);
}

export function nextBasisDocumentPosition(db: Db, agendaItemId: string): number {
  return (db.prepare('SELECT COALESCE(max(position), 0) + 1 AS n FROM basis_documents WHERE agenda_item_id = ?').get(agendaItemId) as { n: number }).n;
}

export function updateBasisDocument(db: Db, id: string, patch: Partial<{ title: string; reference: string | null }>): number {
  const values: Record<string, string | null> = { id };
  if (patch.title !== undefined) values.title = patch.title;
  if (patch.reference !== undefined) values.reference = patch.reference;
  const assignments = Object.keys(values).filter((column) => column !== 'id').map((column) => `${column} = @${column}`);
  if (assignments.length === 0) return 0;
  return db.prepare(`UPDATE basis_documents SET ${assignments.join(', ')} WHERE id = @id`).run(values).changes;
}

export function deleteBasisDocument(db: Db, id: string): number {
  return db.prepare('DELETE FROM basis_documents WHERE id = ?').run(id).changes;
}
