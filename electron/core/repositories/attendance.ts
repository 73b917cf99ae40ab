import type { MembershipRole } from '../../../shared/contract/index.ts';
import type { Db } from './sql.ts';

export type AttendanceStatus = 'present' | 'absent' | 'substitute';

export type AttendanceInsert = {
  id: string;
  meetingId: string;
  personId: string;
  organisationId: string | null;
  role: MembershipRole | null;
  status: AttendanceStatus;
  /** Set exactly when the status is 'substitute': the member this person replaces. */
  substituteForPersonId: string | null;
};

export function insertAttendance(db: Db, row: AttendanceInsert): void {
  db.prepare(
    `INSERT INTO attendance (id, meeting_id, person_id, organisation_id, role, status, substitute_for_person_id)
     VALUES (@id, @meetingId, @personId, @organisationId, @role, @status, @substituteForPersonId)`,
  ).run(row);
}

export type OtherAttendeeInsert = {
  id: string;
  meetingId: string;
  name: string;
  title: string | null;
  organisationName: string | null;
  position: number;
};

/** Others present (övriga närvarande), who need not be in the people register. */
export function insertOtherAttendee(db: Db, row: OtherAttendeeInsert): void {
  db.prepare(
    `INSERT INTO other_attendees (id, meeting_id, name, title, organisation_name, position)
     VALUES (@id, @meetingId, @name, @title, @organisationName, @position)`,
  ).run(row);
}

/** Records that another attendee took part in one agenda item ("Eva Strand, jurist, § 47"). */
export function linkOtherAttendeeToItem(db: Db, otherAttendeeId: string, agendaItemId: string): void {
  db.prepare('INSERT INTO other_attendee_items (other_attendee_id, agenda_item_id) VALUES (?, ?)').run(otherAttendeeId, agendaItemId);
}
