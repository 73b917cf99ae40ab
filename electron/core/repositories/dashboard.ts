// The dashboard's counts, all in SQL over action_state (kept by triggers) and the follow-up
// history. An action counts when its meeting is held; for one group, when the group decided it
// or owns it (as in the register and the follow-up item). Values are always bound parameters.
import type { ActionStatus, DecisionRef, MeetingStatus } from '../../../shared/contract/index.ts';
import type { Db } from './sql.ts';

const held = "('draft','for_approval','approved')";
const open = "('not_started','in_progress')";

/** The actions in scope: `s` is action_state, `m` the meeting that decided the action. */
const scoped = `
  FROM action_state s
  JOIN meetings m ON m.id = s.meeting_id
  WHERE m.status IN ${held} AND (@groupId IS NULL OR s.group_id = @groupId OR s.owner_group_id = @groupId)`;

export type Totals = { open: number; overdue: number; done: number; cancelled: number };

export function actionTotals(db: Db, groupId: string | null, today: string): Totals {
  const row = db
    .prepare(
      `SELECT coalesce(sum(s.status IN ${open}), 0) AS open,
              coalesce(sum(s.status IN ${open} AND s.due_date < @today), 0) AS overdue,
              coalesce(sum(s.status = 'done'), 0) AS done,
              coalesce(sum(s.status = 'cancelled'), 0) AS cancelled
       ${scoped}`,
    )
    .get({ groupId, today }) as Totals;
  return row;
}

const counts = `sum(s.status IN ${open}) AS open, sum(s.status IN ${open} AND s.due_date < @today) AS overdue,
  sum(s.status IN ('done','cancelled')) AS closed`;

export type OrganisationCountRow = { organisationId: string | null; organisationName: string | null; open: number; overdue: number; closed: number };

export function countsByOrganisation(db: Db, groupId: string | null, today: string): OrganisationCountRow[] {
  return db
    .prepare(
      `SELECT s.owner_organisation_id AS organisationId, o.name AS organisationName, ${counts}
       FROM (SELECT s.* ${scoped}) s
       LEFT JOIN organisations o ON o.id = s.owner_organisation_id
       GROUP BY s.owner_organisation_id`,
    )
    .all({ groupId, today }) as OrganisationCountRow[];
}

export type OwnerCountRow = {
  personId: string | null;
  personName: string | null;
  organisationName: string | null;
  ownerGroupId: string | null;
  ownerGroupName: string | null;
  open: number;
  overdue: number;
  closed: number;
};

/** By owner; a person answering for two organisations is counted once for each. */
export function countsByOwner(db: Db, groupId: string | null, today: string): OwnerCountRow[] {
  return db
    .prepare(
      `SELECT s.owner_person_id AS personId, p.name AS personName, o.name AS organisationName,
              s.owner_group_id AS ownerGroupId, og.name AS ownerGroupName, ${counts}
       FROM (SELECT s.* ${scoped}) s
       LEFT JOIN people p ON p.id = s.owner_person_id
       LEFT JOIN organisations o ON o.id = s.owner_organisation_id
       LEFT JOIN groups og ON og.id = s.owner_group_id
       GROUP BY s.owner_person_id, s.owner_organisation_id, s.owner_group_id`,
    )
    .all({ groupId, today }) as OwnerCountRow[];
}

/** Days from the decision's meeting to the closing follow-up, for every closed action, ascending. */
export function daysToClosure(db: Db, groupId: string | null): number[] {
  const rows = db
    .prepare(
      `SELECT CAST(round(julianday(s.closed_on) - julianday(s.decided_on)) AS INTEGER) AS days
       ${scoped} AND s.status IN ('done','cancelled') AND s.closed_on IS NOT NULL
       ORDER BY days`,
    )
    .all({ groupId }) as { days: number }[];
  return rows.map((r) => r.days);
}

export type OpenActionDbRow = {
  actionId: string;
  title: string;
  groupId: string;
  groupName: string;
  meetingId: string;
  decidedOn: string;
  sectionNumber: number | null;
  personName: string | null;
  organisationName: string | null;
  ownerGroupName: string | null;
  dueDate: string;
  status: ActionStatus;
};

/** The open actions decided longest ago, in the order they were decided. */
export function oldestOpenActions(db: Db, groupId: string | null, limit: number): OpenActionDbRow[] {
  return db
    .prepare(
      `SELECT s.action_id AS actionId, a.title, s.group_id AS groupId, g.name AS groupName, s.meeting_id AS meetingId,
              s.decided_on AS decidedOn, ai.section_number AS sectionNumber, p.name AS personName, o.name AS organisationName,
              og.name AS ownerGroupName, s.due_date AS dueDate, s.status
       FROM (SELECT s.* ${scoped} AND s.status IN ${open}) s
       JOIN meetings m ON m.id = s.meeting_id
       JOIN actions a ON a.id = s.action_id
       JOIN decisions d ON d.id = a.decision_id
       JOIN agenda_items ai ON ai.id = d.agenda_item_id
       JOIN groups g ON g.id = s.group_id
       LEFT JOIN people p ON p.id = s.owner_person_id
       LEFT JOIN organisations o ON o.id = s.owner_organisation_id
       LEFT JOIN groups og ON og.id = s.owner_group_id
       ORDER BY s.decided_on, COALESCE(m.start_time, ''), ai.position, d.position, a.position
       LIMIT @limit`,
    )
    .all({ groupId, limit }) as OpenActionDbRow[];
}

// Decisions in the proper sense ("beslutar att"), made under a matter of a held meeting: the
// standing items' formal decisions (adjusters, agenda) need neither an action nor a recipient.
const decisionsFrom = `
  FROM decisions d
  JOIN agenda_items ai ON ai.id = d.agenda_item_id
  JOIN meetings m ON m.id = ai.meeting_id
  JOIN groups g ON g.id = m.group_id
  WHERE m.status IN ${held} AND d.type = 'decision' AND ai.kind IN ('matter','other_matters')
    AND (@groupId IS NULL OR m.group_id = @groupId)`;

const lacking = {
  action: 'NOT EXISTS (SELECT 1 FROM actions a WHERE a.decision_id = d.id)',
  recipient: 'NOT EXISTS (SELECT 1 FROM decision_recipients r WHERE r.decision_id = d.id)',
} as const;

/** Decisions without any action, or without any recipient: how many, and the most recent. */
export function decisionsLacking(db: Db, what: keyof typeof lacking, groupId: string | null, limit: number): { count: number; rows: DecisionRef[] } {
  const where = `${decisionsFrom} AND ${lacking[what]}`;
  const { n } = db.prepare(`SELECT count(*) AS n ${where}`).get({ groupId }) as { n: number };
  const rows = db
    .prepare(
      `SELECT d.id AS decisionId, d.text, m.group_id AS groupId, g.name AS groupName, m.id AS meetingId, m.date AS meetingDate,
              m.status AS meetingStatus, ai.section_number AS sectionNumber, ai.title AS itemTitle
       ${where}
       ORDER BY m.date DESC, COALESCE(m.start_time, '') DESC, ai.position, d.position
       LIMIT @limit`,
    )
    .all({ groupId, limit }) as (Omit<DecisionRef, 'meetingStatus'> & { meetingStatus: MeetingStatus })[];
  return { count: n, rows };
}

export type GroupRef = { id: string; name: string };

export function groupsInScope(db: Db, groupId: string | null): GroupRef[] {
  return db.prepare('SELECT id, name FROM groups WHERE @groupId IS NULL OR id = @groupId').all({ groupId }) as GroupRef[];
}

export function latestHeldMeeting(db: Db, groupId: string): { id: string; date: string } | undefined {
  return db
    .prepare(
      `SELECT id, date FROM meetings WHERE group_id = ? AND status IN ${held}
       ORDER BY date DESC, COALESCE(start_time, '') DESC, created_at DESC LIMIT 1`,
    )
    .get(groupId) as { id: string; date: string } | undefined;
}

/**
 * The group's actions open when the meeting began — decided before its date, and not closed by
 * the latest follow-up dated before it — and how many of them got an entry in the meeting.
 */
export function followUpAtMeeting(db: Db, groupId: string, meeting: { id: string; date: string }): { openAtStart: number; followedUp: number } {
  return db
    .prepare(
      `SELECT count(*) AS openAtStart,
              coalesce(sum(EXISTS (SELECT 1 FROM follow_ups f WHERE f.action_id = s.action_id AND f.meeting_id = @meetingId)), 0) AS followedUp
       FROM action_state s
       JOIN meetings m ON m.id = s.meeting_id
       WHERE m.status IN ${held} AND (s.group_id = @groupId OR s.owner_group_id = @groupId) AND s.decided_on < @date
         AND COALESCE((SELECT f.status FROM follow_ups f WHERE f.action_id = s.action_id AND f.date < @date
                       ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1), 'not_started') IN ${open}`,
    )
    .get({ groupId, meetingId: meeting.id, date: meeting.date }) as { openAtStart: number; followedUp: number };
}

/** Actions decided, and actions closed, in each month (YYYY-MM) from `from` to `to`. */
export function openedAndClosedByMonth(db: Db, groupId: string | null, from: string, to: string): { opened: Map<string, number>; closed: Map<string, number> } {
  const byMonth = (column: 'decided_on' | 'closed_on') =>
    new Map(
      (
        db
          .prepare(`SELECT substr(s.${column}, 1, 7) AS month, count(*) AS n ${scoped} AND s.${column} BETWEEN @from AND @to GROUP BY month`)
          .all({ groupId, from, to }) as { month: string; n: number }[]
      ).map((r) => [r.month, r.n]),
    );
  return { opened: byMonth('decided_on'), closed: byMonth('closed_on') };
}

/**
 * Actions open and past their due date on each of the days, as the follow-ups dated up to that
 * day left them. Each action's history is cut into segments — from the decision until its first
 * follow-up (not started, the decided due date), then from each follow-up until the next one (its
 * status, the latest new due date so far) — and a day counts the segments it falls in that are
 * open and past due. Only actions decided by the last day and not closed before the first can count.
 */
export function overdueOnDays(db: Db, groupId: string | null, days: readonly string[]): Map<string, number> {
  if (days.length === 0) return new Map();
  const sorted = [...days].sort();
  const rows = db
    .prepare(
      `WITH days(as_of) AS (SELECT value FROM json_each(@days)),
       candidates AS MATERIALIZED (
         SELECT s.action_id, s.decided_on, a.due_date
         FROM (SELECT s.* ${scoped} AND s.decided_on <= @last AND (s.closed_on IS NULL OR s.closed_on >= @first)) s
         JOIN actions a ON a.id = s.action_id),
       entries AS (
         SELECT f.action_id, f.date, f.status, f.new_due_date, f.created_at, f.rowid AS seq,
                lead(f.date) OVER w AS until,
                count(f.new_due_date) OVER w AS dues_set
         FROM candidates c JOIN follow_ups f ON f.action_id = c.action_id
         WINDOW w AS (PARTITION BY f.action_id ORDER BY f.date, f.created_at, f.rowid)),
       segments AS MATERIALIZED (
         SELECT c.action_id, c.decided_on AS start, (SELECT min(f.date) FROM follow_ups f WHERE f.action_id = c.action_id) AS until,
                'not_started' AS status, c.due_date AS due
         FROM candidates c
         UNION ALL
         SELECT e.action_id, e.date, e.until, e.status,
                COALESCE(first_value(e.new_due_date) OVER (PARTITION BY e.action_id, e.dues_set ORDER BY e.date, e.created_at, e.seq), c.due_date)
         FROM entries e JOIN candidates c ON c.action_id = e.action_id)
       SELECT d.as_of AS asOf, count(sg.action_id) AS n
       FROM days d
       LEFT JOIN segments sg ON sg.start <= d.as_of AND (sg.until IS NULL OR d.as_of < sg.until)
         AND sg.status IN ${open} AND sg.due < d.as_of
       GROUP BY d.as_of`,
    )
    .all({ groupId, days: JSON.stringify(sorted), first: sorted[0], last: sorted[sorted.length - 1] }) as { asOf: string; n: number }[];
  return new Map(rows.map((r) => [r.asOf, r.n]));
}
