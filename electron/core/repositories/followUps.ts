// Follow-up entries (uppföljning) of action items. Triggers keep action_state in step with
// every insert and delete (migration 003); entries are never updated, only withdrawn.
import type { ActionStatus, FollowUpEntry } from '../../../shared/contract/index.ts';
import type { ActionOwner } from './actions.ts';
import type { Db } from './sql.ts';

export type FollowUpInsert = {
  id: string;
  actionId: string;
  meetingId: string | null;
  agendaItemId: string | null;
  date: string;
  status: ActionStatus;
  /** Required when the status is done or cancelled. */
  note: string | null;
  newDueDate?: string | null;
  dueDateReason?: string | null;
  newOwner?: ActionOwner | null;
  escalatedTo?: string | null;
  recordedByName: string;
  recordedByTitle: string | null;
};

export function insertFollowUp(db: Db, followUp: FollowUpInsert, at: string): void {
  db.prepare(
    `INSERT INTO follow_ups (id, action_id, meeting_id, agenda_item_id, date, status, note, new_due_date, due_date_reason,
       new_owner_person_id, new_owner_organisation_id, new_owner_group_id, escalated_to, recorded_by_name, recorded_by_title, created_at)
     VALUES (@id, @actionId, @meetingId, @agendaItemId, @date, @status, @note, @newDueDate, @dueDateReason,
       @personId, @organisationId, @groupId, @escalatedTo, @recordedByName, @recordedByTitle, @at)`,
  ).run({
    ...followUp,
    newDueDate: followUp.newDueDate ?? null,
    dueDateReason: followUp.dueDateReason ?? null,
    escalatedTo: followUp.escalatedTo ?? null,
    personId: followUp.newOwner?.personId ?? null,
    organisationId: followUp.newOwner?.organisationId ?? null,
    groupId: followUp.newOwner?.groupId ?? null,
    at,
  });
}

const selectEntries = `
  SELECT f.id, f.action_id AS actionId, f.meeting_id AS meetingId, m.group_id AS meetingGroupId, m.date AS meetingDate, ai.section_number AS sectionNumber,
    f.date, f.status, f.note, f.new_due_date AS newDueDate, f.due_date_reason AS dueDateReason,
    p.id AS personId, p.name AS personName, o.id AS organisationId, o.name AS organisationName, g.id AS groupId, g.name AS groupName,
    f.escalated_to AS escalatedTo, f.progress, f.recorded_by_name AS recordedByName, f.recorded_by_title AS recordedByTitle, f.created_at AS createdAt
  FROM follow_ups f
  LEFT JOIN meetings m ON m.id = f.meeting_id
  LEFT JOIN agenda_items ai ON ai.id = f.agenda_item_id
  LEFT JOIN people p ON p.id = f.new_owner_person_id
  LEFT JOIN organisations o ON o.id = f.new_owner_organisation_id
  LEFT JOIN groups g ON g.id = f.new_owner_group_id`;

type EntryRow = Omit<FollowUpEntry, 'newOwner' | 'progress'> & {
  progress: number;
  personId: string | null;
  personName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  groupId: string | null;
  groupName: string | null;
};

function toEntry({ personId, personName, organisationId, organisationName, groupId, groupName, progress, ...row }: EntryRow): FollowUpEntry {
  return {
    ...row,
    progress: progress === 1,
    newOwner: personId || groupId ? { personId, personName, organisationId, organisationName, groupId, groupName } : null,
  };
}

/** An action's history, oldest first. */
export function listFollowUps(db: Db, actionId: string): FollowUpEntry[] {
  return (db.prepare(`${selectEntries} WHERE f.action_id = ? ORDER BY f.date, f.created_at, f.rowid`).all(actionId) as EntryRow[]).map(toEntry);
}

/** The entries recorded in one meeting, by action. */
export function followUpsOfMeeting(db: Db, meetingId: string): Map<string, FollowUpEntry> {
  const rows = db.prepare(`${selectEntries} WHERE f.meeting_id = ? ORDER BY f.date, f.created_at, f.rowid`).all(meetingId) as EntryRow[];
  return new Map(rows.map((row) => [row.actionId, toEntry(row)]));
}

export function getFollowUp(db: Db, id: string): FollowUpEntry | undefined {
  const row = db.prepare(`${selectEntries} WHERE f.id = ?`).get(id) as EntryRow | undefined;
  return row ? toEntry(row) : undefined;
}

/** The action's latest entry: the only one that may be withdrawn or replaced. */
export function latestFollowUp(db: Db, actionId: string): { id: string; date: string; meetingId: string | null } | undefined {
  return db
    .prepare('SELECT id, date, meeting_id AS meetingId FROM follow_ups WHERE action_id = ? ORDER BY date DESC, created_at DESC, rowid DESC LIMIT 1')
    .get(actionId) as { id: string; date: string; meetingId: string | null } | undefined;
}

export function deleteFollowUp(db: Db, id: string): number {
  return db.prepare('DELETE FROM follow_ups WHERE id = ?').run(id).changes;
}
