// Bulk loading of a fresh database (the large demo data set): every statement is prepared once
// and run many times inside one transaction. Every trigger stays active (protocol locks,
// action_state, decision_state, the search index), so the derived tables end up exactly as normal
// writes leave them.
import type { ActionStatus, ApprovedCopy, MeetingKind, MeetingStatus, MembershipRole } from '../../../shared/contract/index.ts';
import type { ActionOwner } from './actions.ts';
import { contentHash } from './approval.ts';
import type { AttendanceStatus } from './attendance.ts';
import type { DecisionType } from './decisions.ts';
import { applyPragmas } from '../db/pragmas.ts';
import type { Db } from './sql.ts';

export type BulkMeeting = {
  id: string;
  groupId: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  kind: MeetingKind;
  status: Exclude<MeetingStatus, 'approved'>;
  chairPersonId: string | null;
  secretaryPersonId: string | null;
  at: string;
};

export type BulkAgendaItem = {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  kind: string;
  sectionNumber: number | null;
  presenterPersonId: string | null;
  description: string | null;
  notesJson: string | null;
  confidential: boolean;
  linkedMeetingId: string | null;
};

export type BulkFollowUp = {
  id: string;
  actionId: string;
  meetingId: string;
  agendaItemId: string;
  date: string;
  status: ActionStatus;
  note: string | null;
  newDueDate: string | null;
  dueDateReason: string | null;
  recordedByName: string;
  recordedByTitle: string | null;
};

export type BulkWriter = ReturnType<typeof createBulkWriter>;

/** Prepared inserts for the protocol tables; `at` is the record timestamp of each row. */
export function createBulkWriter(db: Db) {
  const meeting = db.prepare(
    `INSERT INTO meetings (id, group_id, date, start_time, end_time, place, kind, status, chair_person_id, secretary_person_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const adjuster = db.prepare('INSERT INTO meeting_adjusters (meeting_id, person_id, position) VALUES (?, ?, ?)');
  const attendance = db.prepare(
    'INSERT INTO attendance (id, meeting_id, person_id, organisation_id, role, status, substitute_for_person_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const otherAttendee = db.prepare('INSERT INTO other_attendees (id, meeting_id, name, title, organisation_name, position) VALUES (?, ?, ?, ?, ?, ?)');
  const otherAttendeeItem = db.prepare('INSERT INTO other_attendee_items (other_attendee_id, agenda_item_id) VALUES (?, ?)');
  const agendaItem = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, title, kind, presenter_person_id, description, notes_json, section_number, confidential,
       linked_meeting_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const basisDocument = db.prepare('INSERT INTO basis_documents (id, agenda_item_id, position, title, reference) VALUES (?, ?, ?, ?, ?)');
  const decision = db.prepare('INSERT INTO decisions (id, agenda_item_id, position, text, type, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const recipient = db.prepare('INSERT INTO decision_recipients (decision_id, organisation_id, group_id) VALUES (?, ?, ?)');
  const action = db.prepare(
    `INSERT INTO actions (id, decision_id, position, title, owner_person_id, owner_organisation_id, owner_group_id, due_date, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const followUp = db.prepare(
    `INSERT INTO follow_ups (id, action_id, meeting_id, agenda_item_id, date, status, note, new_due_date, due_date_reason,
       recorded_by_name, recorded_by_title, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // The update of markMeetingApproved (repositories/approval.ts), prepared once: compiling it
  // compiles every update trigger of meetings, which costs more than the update itself.
  const approve = db.prepare(
    `UPDATE meetings SET status = 'approved', approved_at = @approvedAt, approved_by_name = @approvedByName,
       approved_by_title = @approvedByTitle, approved_copy = @approvedCopy, approved_copy_hash = @hash, updated_at = @at
     WHERE id = @meetingId AND status <> 'approved'`,
  );
  const registerLink = db.prepare('INSERT INTO register_links (id, mandate_id, goal_id, agenda_item_id, decision_id, action_id) VALUES (?, ?, ?, ?, ?, ?)');

  return {
    meeting: (m: BulkMeeting) =>
      meeting.run(m.id, m.groupId, m.date, m.startTime, m.endTime, m.place, m.kind, m.status, m.chairPersonId, m.secretaryPersonId, m.at, m.at),
    adjuster: (meetingId: string, personId: string, position: number) => adjuster.run(meetingId, personId, position),
    attendance: (
      id: string,
      meetingId: string,
      row: { personId: string; organisationId: string; role: MembershipRole; status: AttendanceStatus; substituteForPersonId: string | null },
    ) => attendance.run(id, meetingId, row.personId, row.organisationId, row.role, row.status, row.substituteForPersonId),
    otherAttendee: (id: string, meetingId: string, row: { name: string; title: string; organisationName: string; position: number }, agendaItemId: string) => {
      otherAttendee.run(id, meetingId, row.name, row.title, row.organisationName, row.position);
      otherAttendeeItem.run(id, agendaItemId);
    },
    agendaItem: (i: BulkAgendaItem, at: string) =>
      agendaItem.run(
        i.id,
        i.meetingId,
        i.position,
        i.title,
        i.kind,
        i.presenterPersonId,
        i.description,
        i.notesJson,
        i.sectionNumber,
        i.confidential ? 1 : 0,
        i.linkedMeetingId,
        at,
        at,
      ),
    basisDocument: (id: string, agendaItemId: string, position: number, title: string, reference: string | null) =>
      basisDocument.run(id, agendaItemId, position, title, reference),
    decision: (id: string, agendaItemId: string, position: number, text: string, type: DecisionType, at: string) =>
      decision.run(id, agendaItemId, position, text, type, at, at),
    recipient: (decisionId: string, to: { organisationId: string } | { groupId: string }) =>
      recipient.run(decisionId, 'organisationId' in to ? to.organisationId : null, 'groupId' in to ? to.groupId : null),
    action: (id: string, decisionId: string, position: number, title: string, owner: ActionOwner, dueDate: string, at: string) =>
      action.run(id, decisionId, position, title, owner.personId ?? null, owner.organisationId ?? null, owner.groupId ?? null, dueDate, null, at, at),
    followUp: (f: BulkFollowUp, at: string) =>
      followUp.run(f.id, f.actionId, f.meetingId, f.agendaItemId, f.date, f.status, f.note, f.newDueDate, f.dueDateReason, f.recordedByName, f.recordedByTitle, at),
    /** Approves the meeting with its frozen copy, exactly as markMeetingApproved stores it. */
    approve: (meetingId: string, approval: { approvedAt: string; approvedByName: string; approvedByTitle: string | null; approvedCopy: ApprovedCopy }) => {
      const stored = JSON.stringify(approval.approvedCopy);
      approve.run({ ...approval, approvedCopy: stored, hash: contentHash(stored), meetingId, at: approval.approvedAt });
    },
    registerLink: (
      id: string,
      register: { mandateId: string } | { goalId: string },
      target: { agendaItemId: string } | { decisionId: string } | { actionId: string },
    ) =>
      registerLink.run(
        id,
        'mandateId' in register ? register.mandateId : null,
        'goalId' in register ? register.goalId : null,
        'agendaItemId' in target ? target.agendaItemId : null,
        'decisionId' in target ? target.decisionId : null,
        'actionId' in target ? target.actionId : null,
      ),
  };
}

/**
 * Settings for one big write into a fresh file: a rollback journal (new pages are not journaled,
 * unlike WAL, which would write everything twice), no fsync until the end, a large page cache.
 * Must run outside a transaction with no other connection open.
 */
export function beginBulkLoad(db: Db): void {
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144'); // 256 MiB
}

/** Back to the settings every connection has: WAL, full sync, the usual cache. */
export function endBulkLoad(db: Db): void {
  applyPragmas(db);
}

// The derived tables' secondary indexes (table: primary key): while rows are only inserted, their
// triggers address them by primary key alone, so the indexes can be built once after the load instead of being
// kept in step (a dozen of them) with every insert and update. Recreated from their own
// definitions, so the schema ends up exactly as migrated. A table that triggers look up by another
// column during inserts (follow_ups, read by action_id) must not be here: without its index every
// insert would scan the table, and the load would take hours instead of a minute.
// The generator's tests check that insert triggers still read these tables by primary key only.
export const deferredIndexTables: Readonly<Record<string, string>> = { action_state: 'action_id', decision_state: 'decision_id' };

/** Drops the deferred indexes inside the load's transaction; returns how to recreate them. */
export function deferIndexes(db: Db): () => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY name`,
    )
    .all(JSON.stringify(Object.keys(deferredIndexTables))) as { name: string; sql: string }[];
  // Names and definitions come from sqlite_master itself, never from input.
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  return () => indexes.forEach(({ sql }) => db.exec(sql));
}

/** Rows per table, and how many actions are closed, for the summary of a load. */
export function countRows(db: Db): Record<'groups' | 'people' | 'meetings' | 'agendaItems' | 'decisions' | 'actions' | 'closedActions' | 'followUps', number> {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM groups) AS groups, (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM meetings) AS meetings,
         (SELECT count(*) FROM agenda_items) AS agendaItems, (SELECT count(*) FROM decisions) AS decisions, (SELECT count(*) FROM actions) AS actions,
         (SELECT count(*) FROM action_state WHERE is_open = 0) AS closedActions, (SELECT count(*) FROM follow_ups) AS followUps`,
    )
    .get() as ReturnType<typeof countRows>;
}

/** The approved meeting with the most agenda items (the earliest on a tie). */
export function approvedMeetingWithMostItems(db: Db): { id: string; itemCount: number } | undefined {
  return db
    .prepare(
      `SELECT m.id, count(*) AS itemCount FROM meetings m JOIN agenda_items ai ON ai.meeting_id = m.id
       WHERE m.status = 'approved' GROUP BY m.id ORDER BY itemCount DESC, m.date, m.id LIMIT 1`,
    )
    .get() as { id: string; itemCount: number } | undefined;
}
