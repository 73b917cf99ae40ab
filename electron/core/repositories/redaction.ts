// The logged redaction of identity numbers from an approved protocol: the one exception to
// immutability. Writes happen only between beginRedaction and endRedaction, inside one transaction.
import type { Redaction } from '../../../shared/contract/index.ts';
import type { Db } from './sql.ts';

const select = `SELECT id, meeting_id AS meetingId, reason, places, replaced_count AS replacedCount, previous_hash AS previousHash,
  new_hash AS newHash, redacted_at AS redactedAt, redacted_by_name AS redactedByName, redacted_by_title AS redactedByTitle FROM redactions`;

type RedactionRecord = Omit<Redaction, 'places'> & { places: string };

export function listRedactions(db: Db, meetingId: string): Redaction[] {
  return (db.prepare(`${select} WHERE meeting_id = ? ORDER BY redacted_at, rowid`).all(meetingId) as RedactionRecord[]).map((r) => ({
    ...r,
    places: JSON.parse(r.places) as Redaction['places'],
  }));
}

export function getRedaction(db: Db, id: string): Redaction | undefined {
  const row = db.prepare(`${select} WHERE id = ?`).get(id) as RedactionRecord | undefined;
  return row && { ...row, places: JSON.parse(row.places) as Redaction['places'] };
}

export function insertRedaction(db: Db, row: Redaction): void {
  db.prepare(
    `INSERT INTO redactions (id, meeting_id, reason, places, replaced_count, previous_hash, new_hash, redacted_at, redacted_by_name, redacted_by_title)
     VALUES (@id, @meetingId, @reason, @places, @replacedCount, @previousHash, @newHash, @redactedAt, @redactedByName, @redactedByTitle)`,
  ).run({ ...row, places: JSON.stringify(row.places) });
}

/** Opens the triggers' bypass for the current transaction only. */
export function beginRedaction(db: Db): void {
  if (!db.inTransaction) throw new Error('a redaction must run inside a transaction');
  db.prepare('INSERT INTO redaction_session (id) VALUES (1)').run();
}

export function endRedaction(db: Db): void {
  db.prepare('DELETE FROM redaction_session').run();
}

/**
 * While on, what a redaction replaces is erased, not only unlinked: SQLite zeroes freed cells and
 * pages (secure_delete), and FTS5 removes the replaced words from its index segments at once
 * instead of adding delete markers that leave them readable until segments merge. The FTS5 flag
 * is stored in the index's config, so it is set and cleared inside the redaction's transaction.
 */
export function setErasingDeletes(db: Db, on: boolean): void {
  db.pragma(`secure_delete = ${on ? 'ON' : 'OFF'}`);
}

// FTS5 wants an integer here, and better-sqlite3 binds a JavaScript number as a real: two constants.
const searchIndexSecureDelete = {
  on: "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)",
  off: "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0)",
} as const;

export function setSearchIndexErasingDeletes(db: Db, on: boolean): void {
  db.prepare(searchIndexSecureDelete[on ? 'on' : 'off']).run();
}

/** Copies the write-ahead log into the file and empties it, so it keeps no earlier page versions. */
export function checkpointAndTruncateLog(db: Db): void {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (result?.busy) throw new Error('the write-ahead log could not be emptied: another connection is reading');
}

/** The text fields of a meeting's protocol a redaction goes through; keys and SQL are constants. */
const cells = {
  'agenda_items.title': { table: 'agenda_items', column: 'title', scope: 'meeting_id = @meetingId' },
  'agenda_items.presenter_text': { table: 'agenda_items', column: 'presenter_text', scope: 'meeting_id = @meetingId' },
  'agenda_items.description': { table: 'agenda_items', column: 'description', scope: 'meeting_id = @meetingId' },
  'agenda_items.notes_json': { table: 'agenda_items', column: 'notes_json', scope: 'meeting_id = @meetingId' },
  'basis_documents.title': { table: 'basis_documents', column: 'title', scope: 'agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = @meetingId)' },
  'basis_documents.reference': { table: 'basis_documents', column: 'reference', scope: 'agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = @meetingId)' },
  'decisions.text': { table: 'decisions', column: 'text', scope: 'agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = @meetingId)' },
  'actions.title': { table: 'actions', column: 'title', scope: 'decision_id IN (SELECT d.id FROM decisions d JOIN agenda_items a ON a.id = d.agenda_item_id WHERE a.meeting_id = @meetingId)' },
  'actions.note': { table: 'actions', column: 'note', scope: 'decision_id IN (SELECT d.id FROM decisions d JOIN agenda_items a ON a.id = d.agenda_item_id WHERE a.meeting_id = @meetingId)' },
  'other_attendees.name': { table: 'other_attendees', column: 'name', scope: 'meeting_id = @meetingId' },
  'other_attendees.title': { table: 'other_attendees', column: 'title', scope: 'meeting_id = @meetingId' },
  'follow_ups.note': { table: 'follow_ups', column: 'note', scope: 'meeting_id = @meetingId' },
  'corrections.text': { table: 'corrections', column: 'text', scope: 'meeting_id = @meetingId' },
  'corrections.reason': { table: 'corrections', column: 'reason', scope: 'meeting_id = @meetingId' },
} as const;

export type RedactionCell = keyof typeof cells;
export const redactionCells = Object.keys(cells) as RedactionCell[];

export function listCellTexts(db: Db, cell: RedactionCell, meetingId: string): { rowid: number; text: string }[] {
  const { table, column, scope } = cells[cell];
  return db
    .prepare(`SELECT rowid, ${column} AS text FROM ${table} WHERE ${scope} AND ${column} IS NOT NULL`)
    .all({ meetingId }) as { rowid: number; text: string }[];
}

export function updateCellText(db: Db, cell: RedactionCell, rowid: number, text: string): void {
  const { table, column } = cells[cell];
  db.prepare(`UPDATE ${table} SET ${column} = ? WHERE rowid = ?`).run(text, rowid);
}

export function listChangeLogContaining(db: Db, needle: string): { seq: number; data: string }[] {
  return db.prepare("SELECT seq, data FROM change_log WHERE instr(data, ?) > 0").all(needle) as { seq: number; data: string }[];
}

export function updateChangeLogData(db: Db, seq: number, data: string): void {
  db.prepare('UPDATE change_log SET data = ? WHERE seq = ?').run(data, seq);
}

export function replaceApprovedCopy(db: Db, meetingId: string, copy: string, hash: string): void {
  db.prepare('UPDATE meetings SET approved_copy = ?, approved_copy_hash = ? WHERE id = ?').run(copy, hash, meetingId);
}
