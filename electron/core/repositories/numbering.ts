// What § numbering reads and writes: a group's meetings of one calendar year in meeting order,
// their items in agenda order, and the group's first § number of a year.
import type { MeetingStatus } from '../../../shared/contract/index.ts';
import type { Db } from './sql.ts';

export type YearMeeting = { id: string; date: string; startTime: string | null; status: MeetingStatus };

/** Meeting order within a group: by date, start time, then creation (stable for same-day meetings). */
const meetingOrder = "date, COALESCE(start_time, ''), created_at, id";

export function listGroupYearMeetings(db: Db, groupId: string, year: number): YearMeeting[] {
  return db
    .prepare(
      `SELECT id, date, start_time AS startTime, status FROM meetings
       WHERE group_id = ? AND date >= ? AND date <= ? ORDER BY ${meetingOrder}`,
    )
    .all(groupId, `${year}-01-01`, `${year}-12-31`) as YearMeeting[];
}

export function listItemsForNumbering(db: Db, meetingId: string): { id: string; sectionNumber: number | null }[] {
  return db
    .prepare('SELECT id, section_number AS sectionNumber FROM agenda_items WHERE meeting_id = ? ORDER BY position')
    .all(meetingId) as { id: string; sectionNumber: number | null }[];
}

export function setSectionNumber(db: Db, itemId: string, sectionNumber: number | null): void {
  db.prepare('UPDATE agenda_items SET section_number = ? WHERE id = ?').run(sectionNumber, itemId);
}

/** The group's most recent held meeting before the given day, any year. */
export function previousHeldMeeting(db: Db, groupId: string, before: { id: string; date: string }): { id: string; date: string } | undefined {
  return db
    .prepare(
      `SELECT id, date FROM meetings
       WHERE group_id = @groupId AND id <> @id AND status IN ('draft', 'for_approval', 'approved') AND date < @date
       ORDER BY date DESC, COALESCE(start_time, '') DESC, created_at DESC LIMIT 1`,
    )
    .get({ groupId, id: before.id, date: before.date }) as { id: string; date: string } | undefined;
}

export function getSectionStart(db: Db, groupId: string, year: number): number | null {
  const row = db.prepare('SELECT first_number AS n FROM group_section_starts WHERE group_id = ? AND year = ?').get(groupId, year) as { n: number } | undefined;
  return row?.n ?? null;
}

export function setSectionStart(db: Db, groupId: string, year: number, firstNumber: number): void {
  db.prepare(
    `INSERT INTO group_section_starts (group_id, year, first_number) VALUES (?, ?, ?)
     ON CONFLICT (group_id, year) DO UPDATE SET first_number = excluded.first_number`,
  ).run(groupId, year, firstNumber);
}

export function listSectionStarts(db: Db, groupId: string): { year: number; firstNumber: number }[] {
  return db
    .prepare('SELECT year, first_number AS firstNumber FROM group_section_starts WHERE group_id = ? ORDER BY year')
    .all(groupId) as { year: number; firstNumber: number }[];
}
