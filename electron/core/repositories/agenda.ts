import type { Db } from './sql.ts';

export type AgendaItemInsert = {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  kind: string;
  sectionNumber: number | null;
  description?: string | null;
  presenterPersonId?: string | null;
  notesJson?: string | null;
  confidential?: boolean;
  linkedMeetingId?: string | null;
};

export function insertAgendaItem(db: Db, item: AgendaItemInsert, at: string): void {
  db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, title, kind, presenter_person_id, description, notes_json,
       section_number, confidential, linked_meeting_id, created_at, updated_at)
     VALUES (@id, @meetingId, @position, @title, @kind, @presenterPersonId, @description, @notesJson,
       @sectionNumber, @confidential, @linkedMeetingId, @at, @at)`,
  ).run({
    presenterPersonId: null,
    description: null,
    notesJson: null,
    linkedMeetingId: null,
    ...item,
    confidential: item.confidential ? 1 : 0,
    at,
  });
}

export type BasisDocumentInsert = { id: string; agendaItemId: string; position: number; title: string; reference: string | null };

/** A basis document (beslutsunderlag) of an agenda item, e.g. a report with its diarienummer. */
export function insertBasisDocument(db: Db, doc: BasisDocumentInsert): void {
  db.prepare(
    'INSERT INTO basis_documents (id, agenda_item_id, position, title, reference) VALUES (@id, @agendaItemId, @position, @title, @reference)',
  ).run(doc);
}
