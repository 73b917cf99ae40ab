// Corrections (rättelser) of approved protocols: what, why, when and by whom. Never locked.
import type { Correction } from '../../../shared/contract/index.ts';
import type { Db } from './sql.ts';

const select = `SELECT c.id, c.meeting_id AS meetingId, c.agenda_item_id AS agendaItemId, ai.section_number AS sectionNumber,
  c.corrected_in_meeting_id AS correctedInMeetingId, c.text, c.reason, c.created_at AS createdAt,
  c.created_by_name AS createdByName, c.created_by_title AS createdByTitle
  FROM corrections c LEFT JOIN agenda_items ai ON ai.id = c.agenda_item_id`;

export type CorrectionInsert = {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  correctedInMeetingId: string | null;
  text: string;
  reason: string;
  createdByName: string;
  createdByTitle: string | null;
};

export function insertCorrection(db: Db, row: CorrectionInsert, at: string): void {
  db.prepare(
    `INSERT INTO corrections (id, meeting_id, agenda_item_id, corrected_in_meeting_id, text, reason, created_at, created_by_name, created_by_title)
     VALUES (@id, @meetingId, @agendaItemId, @correctedInMeetingId, @text, @reason, @at, @createdByName, @createdByTitle)`,
  ).run({ ...row, at });
}

export function listCorrections(db: Db, meetingId: string): Correction[] {
  return db.prepare(`${select} WHERE c.meeting_id = ? ORDER BY c.created_at, c.rowid`).all(meetingId) as Correction[];
}

export function getCorrection(db: Db, id: string): Correction | undefined {
  return db.prepare(`${select} WHERE c.id = ?`).get(id) as Correction | undefined;
}
