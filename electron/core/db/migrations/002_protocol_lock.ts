// Version 2: the content hash of the frozen copy, the reason of a correction, the redaction log,
// and lock triggers for every part of an approved protocol. All lock triggers (also those of
// version 1) are recreated so that the one controlled exception to immutability, a logged
// redaction of identity numbers, can pass: it holds a row in redaction_session for the length
// of its own transaction, and no other code writes that table.
import type { Migration } from './types.ts';

const locked = "SELECT RAISE(ABORT, 'LOCKED: meeting is approved')";
const notRedacting = 'NOT EXISTS (SELECT 1 FROM redaction_session)';

/** How each protocol table finds the status of its meeting, given the row alias (NEW or OLD). */
const meetingStatusOf: Record<string, (row: string) => string> = {
  agenda_items: (row) => `(SELECT status FROM meetings WHERE id = ${row}.meeting_id)`,
  attendance: (row) => `(SELECT status FROM meetings WHERE id = ${row}.meeting_id)`,
  meeting_adjusters: (row) => `(SELECT status FROM meetings WHERE id = ${row}.meeting_id)`,
  other_attendees: (row) => `(SELECT status FROM meetings WHERE id = ${row}.meeting_id)`,
  other_attendee_items: (row) =>
    `(SELECT m.status FROM other_attendees o JOIN meetings m ON m.id = o.meeting_id WHERE o.id = ${row}.other_attendee_id)`,
  basis_documents: (row) =>
    `(SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ${row}.agenda_item_id)`,
  decisions: (row) =>
    `(SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ${row}.agenda_item_id)`,
  decision_recipients: (row) =>
    `(SELECT m.status FROM decisions d JOIN agenda_items a ON a.id = d.agenda_item_id JOIN meetings m ON m.id = a.meeting_id WHERE d.id = ${row}.decision_id)`,
  actions: (row) =>
    `(SELECT m.status FROM decisions d JOIN agenda_items a ON a.id = d.agenda_item_id JOIN meetings m ON m.id = a.meeting_id WHERE d.id = ${row}.decision_id)`,
};

/** Triggers of version 1 that are replaced by the ones below. */
const version1Triggers = [
  'change_log_no_update',
  'change_log_no_delete',
  'meetings_approved_locked',
  'meetings_approved_undeletable',
  ...['insert', 'update', 'delete'].flatMap((op) => ['agenda_items', 'attendance', 'decisions', 'actions'].map((table) => `${table}_locked_${op}`)),
];

function lockTriggers(): string {
  return Object.entries(meetingStatusOf)
    .map(([table, statusOf]) => {
      const approved = (row: string) => `${statusOf(row)} = 'approved'`;
      return `
CREATE TRIGGER ${table}_locked_insert BEFORE INSERT ON ${table}
WHEN ${approved('NEW')} AND ${notRedacting}
BEGIN ${locked}; END;
CREATE TRIGGER ${table}_locked_update BEFORE UPDATE ON ${table}
WHEN (${approved('OLD')} OR ${approved('NEW')}) AND ${notRedacting}
BEGIN ${locked}; END;
CREATE TRIGGER ${table}_locked_delete BEFORE DELETE ON ${table}
WHEN ${approved('OLD')} AND ${notRedacting}
BEGIN ${locked}; END;`;
    })
    .join('\n');
}

export const migration002: Migration = {
  version: 2,
  name: 'protocol lock, content hash, corrections and redactions',
  sql: `
-- SHA-256 (hex) of meetings.approved_copy exactly as stored.
ALTER TABLE meetings ADD COLUMN approved_copy_hash TEXT;

-- A correction says what is corrected and why (the service requires both).
ALTER TABLE corrections ADD COLUMN reason TEXT;

-- Present (one row) only inside the transaction of a logged redaction.
CREATE TABLE redaction_session (
  id INTEGER PRIMARY KEY CHECK (id = 1)
) STRICT;

-- Who removed identity numbers from an approved protocol, where, when and why.
-- The numbers themselves are never recorded.
CREATE TABLE redactions (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
  reason TEXT NOT NULL,
  -- JSON array of {place, count}: the fields that held a number
  places TEXT NOT NULL,
  replaced_count INTEGER NOT NULL CHECK (replaced_count >= 0),
  previous_hash TEXT,
  new_hash TEXT,
  redacted_at TEXT NOT NULL,
  redacted_by_name TEXT NOT NULL,
  redacted_by_title TEXT
) STRICT;
CREATE INDEX redactions_meeting ON redactions(meeting_id);

${version1Triggers.map((name) => `DROP TRIGGER ${name};`).join('\n')}

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
WHEN ${notRedacting}
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;

CREATE TRIGGER meetings_approved_locked BEFORE UPDATE ON meetings
WHEN OLD.status = 'approved' AND ${notRedacting}
BEGIN ${locked}; END;
CREATE TRIGGER meetings_approved_undeletable BEFORE DELETE ON meetings
WHEN OLD.status = 'approved'
BEGIN ${locked}; END;
${lockTriggers()}
`,
};
