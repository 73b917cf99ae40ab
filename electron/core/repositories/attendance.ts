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

export function updateAttendance(db: Db, id: string, row: Omit<AttendanceInsert, 'id' | 'meetingId' | 'personId'>): void {
  db.prepare(
    `UPDATE attendance SET organisation_id = @organisationId, role = @role, status = @status, substitute_for_person_id = @substituteForPersonId
     WHERE id = @id`,
  ).run({ ...row, id });
}

export function deleteAttendance(db: Db, id: string): number {
  return db.prepare('DELETE FROM attendance WHERE id = ?').run(id).changes;
}

export function nextOtherAttendeePosition(db: Db, meetingId: string): number {
  return (db.prepare('SELECT COALESCE(max(position), 0) + 1 AS n FROM other_attendees WHERE meeting_id = ?').get(meetingId) as { n: number }).n;
}

export function updateOtherAttendee(db: Db, id: string, patch: Partial<{ name: string; title: string | null; organisationName: string | null }>): void {
  const columns = { name: 'name', title: 'title', organisationName: 'organisation_name' } as const;
  const values: Record<string, string | null> = { id };
  for (const [field, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
    if (patch[field] !== undefined) values[column] = patch[field];
  }
  const assignments = Object.keys(values).filter((c) => c !== 'id').map((c) => `${c} = @${c}`);
  if (assignments.length > 0) db.prepare(`UPDATE other_attendees SET ${assignments.join(', ')} WHERE id = @id`).run(values);
}

export function replaceOtherAttendeeItems(db: Db, otherAttendeeId: string, agendaItemIds: readonly string[]): void {
  db.prepare('DELETE FROM other_attendee_items WHERE other_attendee_id = ?').run(otherAttendeeId);
  for (const itemId of new Set(agendaItemIds)) linkOtherAttendeeToItem(db, otherAttendeeId, itemId);
}

export function deleteOtherAttendee(db: Db, id: string): number {
  return db.prepare('DELETE FROM other_attendees WHERE id = ?').run(id).changes;
}
