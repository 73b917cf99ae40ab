// Small lookups that tell a service which meeting a part of a protocol belongs to, so it can
// refuse a change to an approved meeting before writing anything.
import type { AgendaItemKind, MeetingKind, MeetingStatus } from '../../../shared/contract/index.ts';
import type { Db } from './sql.ts';

export type MeetingState = {
  id: string;
  groupId: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  status: MeetingStatus;
  kind: MeetingKind;
  chairPersonId: string | null;
  secretaryPersonId: string | null;
};

export type ItemRef = { id: string; meetingId: string; position: number; kind: AgendaItemKind; sectionNumber: number | null };
export type DecisionRef = { id: string; agendaItemId: string; meetingId: string; position: number };
export type ActionRef = { id: string; decisionId: string; agendaItemId: string; meetingId: string; position: number };
export type BasisDocumentRef = { id: string; agendaItemId: string; meetingId: string };
export type OtherAttendeeRef = { id: string; meetingId: string };

export function getMeetingState(db: Db, id: string): MeetingState | undefined {
  return db
    .prepare(
      `SELECT id, group_id AS groupId, date, start_time AS startTime, end_time AS endTime, status, kind, chair_person_id AS chairPersonId,
         secretary_person_id AS secretaryPersonId FROM meetings WHERE id = ?`,
    )
    .get(id) as MeetingState | undefined;
}

export function getItemRef(db: Db, id: string): ItemRef | undefined {
  return db
    .prepare('SELECT id, meeting_id AS meetingId, position, kind, section_number AS sectionNumber FROM agenda_items WHERE id = ?')
    .get(id) as ItemRef | undefined;
}

export function getDecisionRef(db: Db, id: string): DecisionRef | undefined {
  return db
    .prepare(
      `SELECT d.id, d.agenda_item_id AS agendaItemId, a.meeting_id AS meetingId, d.position
       FROM decisions d JOIN agenda_items a ON a.id = d.agenda_item_id WHERE d.id = ?`,
    )
    .get(id) as DecisionRef | undefined;
}

export function getActionRef(db: Db, id: string): ActionRef | undefined {
  return db
    .prepare(
      `SELECT x.id, x.decision_id AS decisionId, d.agenda_item_id AS agendaItemId, a.meeting_id AS meetingId, x.position
       FROM actions x JOIN decisions d ON d.id = x.decision_id JOIN agenda_items a ON a.id = d.agenda_item_id WHERE x.id = ?`,
    )
    .get(id) as ActionRef | undefined;
}

export function getBasisDocumentRef(db: Db, id: string): BasisDocumentRef | undefined {
  return db
    .prepare(
      `SELECT b.id, b.agenda_item_id AS agendaItemId, a.meeting_id AS meetingId
       FROM basis_documents b JOIN agenda_items a ON a.id = b.agenda_item_id WHERE b.id = ?`,
    )
    .get(id) as BasisDocumentRef | undefined;
}

export function getOtherAttendeeRef(db: Db, id: string): OtherAttendeeRef | undefined {
  return db.prepare('SELECT id, meeting_id AS meetingId FROM other_attendees WHERE id = ?').get(id) as OtherAttendeeRef | undefined;
}

/** The meeting's "Uppföljning av beslut och uppdrag" item, where follow-ups are recorded. */
export function followUpItemId(db: Db, meetingId: string): string | undefined {
  const row = db.prepare("SELECT id FROM agenda_items WHERE meeting_id = ? AND kind = 'follow_up' ORDER BY position LIMIT 1").get(meetingId) as { id: string } | undefined;
  return row?.id;
}
