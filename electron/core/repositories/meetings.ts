import type { Meeting, MeetingKind, MeetingStatus } from '../../../shared/contract/index.ts';
import { updateRow, type Db } from './sql.ts';

const select = `SELECT mt.id, mt.group_id AS groupId, g.name AS groupName, mt.date, mt.start_time AS startTime, mt.end_time AS endTime,
  mt.place, mt.kind, mt.status, mt.chair_person_id AS chairPersonId, mt.secretary_person_id AS secretaryPersonId,
  mt.approved_at AS approvedAt,
  (SELECT json_group_array(person_id) FROM (SELECT person_id FROM meeting_adjusters WHERE meeting_id = mt.id ORDER BY position)) AS adjusters,
  (SELECT json_group_array(section_number) FROM (SELECT section_number FROM agenda_items
     WHERE meeting_id = mt.id AND section_number IS NOT NULL ORDER BY position)) AS sectionList,
  (SELECT count(*) FROM agenda_items WHERE meeting_id = mt.id) AS itemCount
  FROM meetings mt JOIN groups g ON g.id = mt.group_id`;

type MeetingRecord = Omit<Meeting, 'adjusterPersonIds' | 'sections'> & { adjusters: string; sectionList: string };

function toMeeting({ adjusters, sectionList, ...rest }: MeetingRecord): Meeting {
  return { ...rest, adjusterPersonIds: JSON.parse(adjusters) as string[], sections: JSON.parse(sectionList) as number[] };
}

export type MeetingRow = {
  groupId: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
};
export type MeetingPatch = Partial<Omit<MeetingRow, 'groupId'>> & { chairPersonId?: string | null; secretaryPersonId?: string | null };

export type MeetingFilter = { groupId?: string; from?: string; to?: string; statuses?: readonly MeetingStatus[] };

export function listMeetings(db: Db, filter: MeetingFilter): Meeting[] {
  const rows = db
    .prepare(
      `${select}
       WHERE (@groupId IS NULL OR mt.group_id = @groupId)
         AND (@from IS NULL OR mt.date >= @from) AND (@to IS NULL OR mt.date <= @to)
         AND (@statuses IS NULL OR mt.status IN (SELECT value FROM json_each(@statuses)))
       ORDER BY mt.date DESC, mt.start_time DESC`,
    )
    .all({
      groupId: filter.groupId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      statuses: filter.statuses ? JSON.stringify(filter.statuses) : null,
    }) as MeetingRecord[];
  return rows.map(toMeeting);
}

/** Meetings from today on that are not cancelled, soonest first. */
export function listUpcomingMeetings(db: Db, today: string, limit: number): Meeting[] {
  const rows = db
    .prepare(`${select} WHERE mt.date >= ? AND mt.status <> 'cancelled' ORDER BY mt.date, mt.start_time LIMIT ?`)
    .all(today, limit) as MeetingRecord[];
  return rows.map(toMeeting);
}

export function getMeeting(db: Db, id: string): Meeting | undefined {
  const row = db.prepare(`${select} WHERE mt.id = ?`).get(id) as MeetingRecord | undefined;
  return row && toMeeting(row);
}

export function insertMeeting(db: Db, id: string, row: MeetingRow, at: string): void {
  db.prepare(
    `INSERT INTO meetings (id, group_id, date, start_time, end_time, place, kind, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, row.groupId, row.date, row.startTime, row.endTime, row.place, row.kind, row.status, at, at);
}

export function updateMeeting(db: Db, id: string, patch: MeetingPatch, at: string): number {
  const columns = {
    date: 'date',
    startTime: 'start_time',
    endTime: 'end_time',
    place: 'place',
    kind: 'kind',
    status: 'status',
    chairPersonId: 'chair_person_id',
    secretaryPersonId: 'secretary_person_id',
  } as const;
  return updateRow(db, 'meetings', columns, id, patch, at);
}

export function replaceAdjusters(db: Db, meetingId: string, personIds: readonly string[]): void {
  db.prepare('DELETE FROM meeting_adjusters WHERE meeting_id = ?').run(meetingId);
  const insert = db.prepare('INSERT INTO meeting_adjusters (meeting_id, person_id, position) VALUES (?, ?, ?)');
  personIds.forEach((personId, index) => insert.run(meetingId, personId, index + 1));
}

export function deleteMeeting(db: Db, id: string): number {
  return db.prepare('DELETE FROM meetings WHERE id = ?').run(id).changes;
}

export function countMeetings(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM meetings').get() as { n: number }).n;
}

export function listAdjusterIds(db: Db, meetingId: string): string[] {
  return (db.prepare('SELECT person_id AS id FROM meeting_adjusters WHERE meeting_id = ? ORDER BY position').all(meetingId) as { id: string }[]).map((r) => r.id);
}

/** Records of approved protocols that point at the meeting (a correction made in it, a linked previous-minutes item). */
export function approvedReferences(db: Db, id: string): number {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM corrections WHERE corrected_in_meeting_id = @id)
            + (SELECT count(*) FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
               WHERE a.linked_meeting_id = @id AND m.status = 'approved') AS n`,
    )
    .get({ id }) as { n: number };
  return row.n;
}
