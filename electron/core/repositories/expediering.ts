// The expediering log: every document that left the app — what, to whom, when and by whom.
// Never locked: sending extracts of an approved protocol is what happens after approval.
import type { ExpedieringEntry, ExpedieringKind } from '../../../shared/contract/index.ts';
import type { Db } from './sql.ts';

export type ExpedieringInsert = {
  id: string;
  meetingId: string | null;
  documentKind: ExpedieringKind;
  description: string;
  sections: readonly number[];
  recipientOrganisationId: string | null;
  recipientGroupId: string | null;
  recipientText: string | null;
  fileName: string;
  sentAt: string;
  sentByName: string;
  sentByTitle: string | null;
};

export function insertExpediering(db: Db, row: ExpedieringInsert): void {
  db.prepare(
    `INSERT INTO expediering_log (id, meeting_id, document_kind, description, sections, recipient_organisation_id, recipient_group_id,
       recipient_text, file_name, sent_at, sent_by_name, sent_by_title)
     VALUES (@id, @meetingId, @documentKind, @description, @sections, @recipientOrganisationId, @recipientGroupId,
       @recipientText, @fileName, @sentAt, @sentByName, @sentByTitle)`,
  ).run({ ...row, sections: row.sections.length ? JSON.stringify(row.sections) : null });
}

export function listExpediering(db: Db, meetingId: string): ExpedieringEntry[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.meeting_id AS meetingId, e.document_kind AS documentKind, e.description, e.sections,
         COALESCE(e.recipient_text, o.name, g.name) AS recipientName, e.file_name AS fileName,
         e.sent_at AS sentAt, e.sent_by_name AS sentByName, e.sent_by_title AS sentByTitle
       FROM expediering_log e
       LEFT JOIN organisations o ON o.id = e.recipient_organisation_id
       LEFT JOIN groups g ON g.id = e.recipient_group_id
       WHERE e.meeting_id = ? ORDER BY e.sent_at DESC, e.rowid DESC`,
    )
    .all(meetingId) as (Omit<ExpedieringEntry, 'sections'> & { sections: string | null })[];
  return rows.map((row) => ({ ...row, sections: row.sections ? (JSON.parse(row.sections) as number[]) : [] }));
}
