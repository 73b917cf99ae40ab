// The dashboard's counts, all in SQL over action_state and decision_state (kept by triggers) and
// the follow-up history, each reading index ranges rather than every row (migrations 005, 006).
// An action counts when its meeting is held (action_state.held); for one group, when the group
// decided it or owns it (as in the register and the follow-up item). Values are always bound
// parameters; each statement is prepared once per scope (all groups, or one).
import type { ActionStatus, DecisionRef, MeetingStatus } from '../../../shared/contract/index.ts';
import { actionStateFrom } from './register.ts';
import { prepared, type Db } from './sql.ts';

const open = "('not_started','in_progress')";

/** All groups, or one (bound as @groupId): each has its own statements, so each gets its own plan. */
export type Scope = 'all' | 'group';
const scopeOf = (groupId: string | null): Scope => (groupId === null ? 'all' : 'group');
const scopeParams = (groupId: string | null) => (groupId === null ? {} : { groupId });

/**
 * The actions in scope, `s` being action_state: of held meetings, and of the group if one is asked
 * for — then read from the group's index ranges (the unary + keeps the planner off every held action).
 */
const inScope = (scope: Scope) => (scope === 'all' ? 's.held = 1' : '+s.held = 1 AND (s.group_id = @groupId OR s.owner_group_id = @groupId)');

/**
 * The actions a group decided or owns that were not closed before `date` (closed_on, the date of
 * the latest follow-up, which closed the action) — four ranges of the group indexes by closing date.
 */
const notClosedBefore = (date: string) =>
  `((s.group_id = @groupId AND s.closed_on IS NULL) OR (s.group_id = @groupId AND s.closed_on >= ${date})
    OR (s.owner_group_id = @groupId AND s.closed_on IS NULL) OR (s.owner_group_id = @groupId AND s.closed_on >= ${date}))`;

const countsByOwnerSql = (scope: Scope) => {
  const of = (statuses: string, column: 'n' | 'past') => `sum(CASE WHEN status IN ${statuses} THEN ${column} ELSE 0 END)`;
  return `SELECT c.personId, p.name AS personName, c.organisationId, o.name AS organisationName, c.ownerGroupId, og.name AS ownerGroupName,
            c.open, c.overdue, c.done, c.cancelled
     FROM (SELECT personId, organisationId, ownerGroupId, ${of(open, 'n')} AS open, ${of(open, 'past')} AS overdue,
                  ${of("('done')", 'n')} AS done, ${of("('cancelled')", 'n')} AS cancelled
           FROM (SELECT s.owner_person_id AS personId, s.owner_organisation_id AS organisationId, s.owner_group_id AS ownerGroupId, s.status,
                        count(*) AS n, sum(s.due_date < @today) AS past
                 FROM action_state s WHERE ${inScope(scope)}
                 GROUP BY s.owner_person_id, s.owner_organisation_id, s.owner_group_id, s.status)
           GROUP BY personId, organisationId, ownerGroupId) c
     LEFT JOIN people p ON p.id = c.personId
     LEFT JOIN organisations o ON o.id = c.organisationId
     LEFT JOIN groups og ON og.id = c.ownerGroupId
     ORDER BY c.personId, c.organisationId, c.ownerGroupId`;
};

const medianSql = (scope: Scope) => {
  const closed = `FROM action_state s WHERE ${inScope(scope)} AND s.days_to_closure IS NOT NULL`;
  return `WITH counted(n) AS (SELECT count(*) ${closed})
     SELECT avg(days) AS median FROM (
       SELECT s.days_to_closure AS days ${closed} ORDER BY s.days_to_closure
       LIMIT 2 - (SELECT n FROM counted) % 2 OFFSET ((SELECT n FROM counted) - 1) / 2)`;
};

const oldestOpenSql = (scope: Scope) => {
  const openInScope = `${inScope(scope)} AND s.is_open = 1`;
  return `WITH cut(decided_on) AS (SELECT s.decided_on FROM action_state s WHERE ${openInScope} ORDER BY s.decided_on LIMIT 1 OFFSET @limit - 1)
     SELECT s.action_id AS actionId, a.title, s.group_id AS groupId, g.name AS groupName, s.meeting_id AS meetingId,
            s.decided_on AS decidedOn, ai.section_number AS sectionNumber, p.name AS personName, o.name AS organisationName,
            og.name AS ownerGroupName, s.due_date AS dueDate, s.status
     ${actionStateFrom}
     WHERE ${openInScope} AND (NOT EXISTS (SELECT 1 FROM cut) OR s.decided_on <= (SELECT decided_on FROM cut))
     ORDER BY s.decided_on, COALESCE(m.start_time, ''), ai.position, d.position, a.position, s.action_id
     LIMIT @limit`;
};

const lacking = { action: 'ds.has_action = 0', recipient: 'ds.has_recipient = 0' } as const;
type Lacking = keyof typeof lacking;

const decisionsLackingSql = (scope: Scope, what: Lacking) => {
  const where = `WHERE ds.counted = 1 AND ${lacking[what]}${scope === 'all' ? '' : ' AND ds.group_id = @groupId'}`;
  return {
    count: `SELECT count(*) AS n FROM decision_state ds ${where}`,
    rows: `SELECT d.id AS decisionId, d.text, m.group_id AS groupId, g.name AS groupName, m.id AS meetingId, m.date AS meetingDate,
            m.status AS meetingStatus, ai.section_number AS sectionNumber, ai.title AS itemTitle
     FROM decision_state ds
     JOIN decisions d ON d.id = ds.decision_id
     JOIN agenda_items ai ON ai.id = d.agenda_item_id
     JOIN meetings m ON m.id = ai.meeting_id
     JOIN groups g ON g.id = m.group_id
     ${where}
     ORDER BY ds.meeting_date DESC, COALESCE(m.start_time, '') DESC, ai.position, d.position, d.id
     LIMIT @limit`,
  };
};

/** Held actions of each group (`mt`) decided before its meeting and not closed before it, from one covering index range. */
const decidedBefore = (column: 'group_id' | 'owner_group_id', closed: string) =>
  `SELECT mt.group_id, s.rowid AS rid, mt.date, s.last_follow_up_on, s.status, s.first_closed_on
   FROM meeting mt CROSS JOIN action_state s ON s.${column} = mt.group_id AND s.closed_on ${closed} AND +s.held = 1 AND +s.decided_on < mt.date${
     column === 'owner_group_id' ? ' AND s.group_id <> mt.group_id' : ''
   }`;

const followUpAtLatestSql = (scope: Scope) => `WITH meeting AS MATERIALIZED (
       SELECT g.id AS group_id, g.name AS group_name, m.id AS meeting_id, m.date
       FROM groups g LEFT JOIN meetings m ON m.id = (
         SELECT l.id FROM meetings l WHERE l.group_id = g.id AND l.status IN ('draft','for_approval','approved')
         ORDER BY l.date DESC, COALESCE(l.start_time, '') DESC, l.created_at DESC, l.id DESC LIMIT 1)
       ${scope === 'all' ? '' : 'WHERE g.id = @groupId'}),
     candidates AS (
       ${decidedBefore('group_id', 'IS NULL')} UNION ALL ${decidedBefore('group_id', '>= mt.date')}
       UNION ALL ${decidedBefore('owner_group_id', 'IS NULL')} UNION ALL ${decidedBefore('owner_group_id', '>= mt.date')}),
     open_at_start AS MATERIALIZED (
       SELECT c.group_id, c.rid FROM candidates c
       WHERE c.first_closed_on IS NULL OR c.first_closed_on >= c.date
          OR (CASE WHEN c.last_follow_up_on < c.date THEN c.status
                   ELSE COALESCE((SELECT f.status FROM action_state s JOIN follow_ups f ON f.action_id = s.action_id WHERE s.rowid = c.rid AND f.date < c.date
                                  ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1), 'not_started') END) IN ${open}),
     followed AS (
       SELECT mt.group_id, count(DISTINCT s.rowid) AS n
       FROM meeting mt CROSS JOIN follow_ups f ON f.meeting_id = mt.meeting_id CROSS JOIN action_state s ON s.action_id = f.action_id
       WHERE EXISTS (SELECT 1 FROM open_at_start o WHERE o.group_id = mt.group_id AND o.rid = s.rowid)
       GROUP BY mt.group_id)
     SELECT mt.group_id AS groupId, mt.group_name AS groupName, mt.meeting_id AS meetingId, mt.date AS meetingDate,
            (SELECT count(*) FROM open_at_start o WHERE o.group_id = mt.group_id) AS openAtStart,
            coalesce((SELECT fw.n FROM followed fw WHERE fw.group_id = mt.group_id), 0) AS followedUp
     FROM meeting mt`;

const byMonthSql = (scope: Scope, column: 'decided_on' | 'closed_on') =>
  `SELECT substr(s.${column}, 1, 7) AS month, count(*) AS n FROM action_state s
   WHERE ${inScope(scope)} AND s.${column} BETWEEN @from AND @to GROUP BY month`;

/** The trend's actions: in scope, decided by the last day, and not closed before the first. */
const trendCandidates = (scope: Scope) => {
  const columns = `s.rowid AS rid, s.decided_on, s.status, s.due_date, s.last_follow_up_on AS followed_up_on, s.first_follow_up_on AS first_on,
                   s.first_closed_on, s.due_changed`;
  if (scope === 'group') return `SELECT ${columns} FROM action_state s WHERE ${notClosedBefore('@first')} AND +s.held = 1 AND +s.decided_on <= @last`;
  // Two ranges of one covering index: open, and closed since the first day.
  return `SELECT ${columns} FROM action_state s WHERE s.held = 1 AND s.closed_on IS NULL AND +s.decided_on <= @last
          UNION ALL
          SELECT ${columns} FROM action_state s WHERE s.held = 1 AND s.closed_on >= @first AND +s.decided_on <= @last`;
};

/**
 * A history in which the action stayed open until its latest follow-up: none came before the
 * decision, and none closed the action before its latest.
 */
const openUntilLatest = 'c.first_on >= c.decided_on AND (c.first_closed_on IS NULL OR c.first_closed_on >= c.followed_up_on)';

const overdueOnDaysSql = (scope: Scope) => `WITH days(as_of) AS MATERIALIZED (SELECT value FROM json_each(@days)),
     candidates AS MATERIALIZED (${trendCandidates(scope)}),
     new_dues AS MATERIALIZED (
       SELECT s.action_id, c.decided_on, c.followed_up_on, f.date, f.new_due_date, lead(f.date) OVER w AS next_date, row_number() OVER w AS n
       FROM candidates c
       CROSS JOIN action_state s ON s.rowid = c.rid
       CROSS JOIN follow_ups f INDEXED BY follow_ups_new_due ON f.action_id = s.action_id AND f.new_due_date IS NOT NULL
       WHERE c.followed_up_on > @first AND c.due_changed = 1 AND ${openUntilLatest}
       WINDOW w AS (PARTITION BY s.action_id ORDER BY f.date, f.created_at, f.rowid)),
     entries AS (
       SELECT s.action_id, c.decided_on, a.due_date AS decided_due, f.date, f.status, f.new_due_date,
              lead(f.date) OVER w AS until, count(f.new_due_date) OVER w AS dues_set, row_number() OVER w AS n
       FROM candidates c
       CROSS JOIN action_state s ON s.rowid = c.rid
       CROSS JOIN actions a ON a.id = s.action_id
       CROSS JOIN follow_ups f ON f.action_id = s.action_id
       WHERE c.followed_up_on > @first AND NOT (${openUntilLatest})
       WINDOW w AS (PARTITION BY s.action_id ORDER BY f.date, f.created_at, f.rowid)),
     replayed AS MATERIALIZED (
       SELECT e.decided_on, e.decided_due, e.date, e.until, e.status, e.n,
              COALESCE(first_value(e.new_due_date) OVER (PARTITION BY e.action_id, e.dues_set ORDER BY e.n), e.decided_due) AS due
       FROM entries e),
     spans AS MATERIALIZED (
       SELECT * FROM (
         SELECT COALESCE(c.followed_up_on, c.decided_on) AS start, NULL AS until, c.due_date AS due FROM candidates c WHERE c.status IN ${open}
         UNION ALL
         SELECT c.decided_on, c.followed_up_on, c.due_date FROM candidates c WHERE c.followed_up_on > @first AND c.due_changed = 0 AND ${openUntilLatest}
         UNION ALL
         SELECT nd.decided_on, nd.date, (SELECT a.due_date FROM actions a WHERE a.id = nd.action_id) FROM new_dues nd WHERE +nd.n = 1 AND nd.date > @first
         UNION ALL
         SELECT nd.date, COALESCE(nd.next_date, nd.followed_up_on), nd.new_due_date FROM new_dues nd
         UNION ALL
         SELECT r.decided_on, r.date, r.decided_due FROM replayed r WHERE +r.n = 1
         UNION ALL
         SELECT r.date, r.until, r.due FROM replayed r WHERE r.until IS NOT NULL AND r.status IN ${open})
       WHERE due < @last AND start <= @last AND (until IS NULL OR until > @first)),
     -- A span counts on a day from its start or the day after its due date, whichever is later,
     -- until it ends. The days are counted off in one pass over the spans' beginnings and ends in
     -- date order: at the same date a beginning on its start and an end come before the day, a
     -- beginning after its due date after it.
     events AS (
       SELECT max(sp.start, sp.due) AS at, CASE WHEN sp.due >= sp.start THEN 2 ELSE 0 END AS rank, 1 AS delta
       FROM spans sp WHERE sp.until IS NULL OR max(sp.start, sp.due) < sp.until
       UNION ALL
       SELECT sp.until, 0, -1 FROM spans sp WHERE sp.until IS NOT NULL AND max(sp.start, sp.due) < sp.until
       UNION ALL
       SELECT day.as_of, 1, 0 FROM days day)
     SELECT at AS asOf, n FROM (SELECT at, rank, sum(delta) OVER (ORDER BY at, rank ROWS UNBOUNDED PRECEDING) AS n FROM events) WHERE rank = 1`;

/** The dashboard's statements for a scope, exported so tests can check their plans. */
export function dashboardStatements(scope: Scope) {
  return {
    countsByOwner: countsByOwnerSql(scope),
    medianDaysToClosure: medianSql(scope),
    oldestOpenActions: oldestOpenSql(scope),
    withoutAction: decisionsLackingSql(scope, 'action'),
    withoutRecipient: decisionsLackingSql(scope, 'recipient'),
    followUpAtLatestMeetings: followUpAtLatestSql(scope),
    openedByMonth: byMonthSql(scope, 'decided_on'),
    closedByMonth: byMonthSql(scope, 'closed_on'),
    overdueOnDays: overdueOnDaysSql(scope),
  };
}

export type OwnerCountRow = {
  personId: string | null;
  personName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  ownerGroupId: string | null;
  ownerGroupName: string | null;
  open: number;
  overdue: number;
  done: number;
  cancelled: number;
};

/**
 * Open, overdue, done and cancelled actions by owner — a person for an organisation (counted once
 * for each), or a group — in the order of the owner's ids. The totals and the counts by
 * organisation are sums of these rows. For all groups one covering index is read in this order,
 * counting each owner's actions by status.
 */
export function countsByOwner(db: Db, groupId: string | null, today: string): OwnerCountRow[] {
  return prepared(db, countsByOwnerSql(scopeOf(groupId))).all({ ...scopeParams(groupId), today }) as OwnerCountRow[];
}

/**
 * The median of the days from the decision's meeting to the closing follow-up over the closed
 * actions (the mean of the two middle ones for an even count), or null when none is closed: the
 * middle entries of the ordered index, without reading the others out.
 */
export function medianDaysToClosure(db: Db, groupId: string | null): number | null {
  return (prepared(db, medianSql(scopeOf(groupId))).get(scopeParams(groupId)) as { median: number | null }).median;
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

/**
 * The open actions decided longest ago, in the order they were decided (the action's id last, so
 * that ties come out the same every time). Only actions decided no later than the `limit`th
 * oldest can be among them, so only those are joined and sorted.
 */
export function oldestOpenActions(db: Db, groupId: string | null, limit: number): OpenActionDbRow[] {
  return prepared(db, oldestOpenSql(scopeOf(groupId))).all({ ...scopeParams(groupId), limit }) as OpenActionDbRow[];
}

/**
 * Decisions in the proper sense ("beslutar att"), made under a matter of a held meeting, without
 * any action or without any recipient (decision_state): how many, and the most recent (the
 * decision's id last, so that ties come out the same every time). The standing items' formal
 * decisions (adjusters, agenda) need neither an action nor a recipient.
 */
export function decisionsLacking(db: Db, what: Lacking, groupId: string | null, limit: number): { count: number; rows: DecisionRef[] } {
  const statements = decisionsLackingSql(scopeOf(groupId), what);
  const { n } = prepared(db, statements.count).get(scopeParams(groupId)) as { n: number };
  const rows = prepared(db, statements.rows).all({ ...scopeParams(groupId), limit }) as (Omit<DecisionRef, 'meetingStatus'> & { meetingStatus: MeetingStatus })[];
  return { count: n, rows };
}

export type FollowUpAtMeetingRow = {
  groupId: string;
  groupName: string;
  meetingId: string | null;
  meetingDate: string | null;
  openAtStart: number;
  followedUp: number;
};

/**
 * For each group in scope, its latest held meeting (by date and start, the id deciding a tie), the
 * group's actions open when it began —
 * decided before its date, and not closed by the latest follow-up dated before it — and how many
 * of them got an entry in the meeting. An action closed before the date (closed_on) had no later
 * follow-up, so was closed then too. Of the others, one that no follow-up closed before the date
 * was open; one followed up only before the date is as it stands now; only one closed and then
 * followed up again is looked up in its history. All groups in one statement, each read from its
 * own ranges of the group indexes (the unary + keeps the planner on them).
 */
export function followUpAtLatestMeetings(db: Db, groupId: string | null): FollowUpAtMeetingRow[] {
  return prepared(db, followUpAtLatestSql(scopeOf(groupId))).all(scopeParams(groupId)) as FollowUpAtMeetingRow[];
}

/** Actions decided, and actions closed, in each month (YYYY-MM) from `from` to `to`. */
export function openedAndClosedByMonth(db: Db, groupId: string | null, from: string, to: string): { opened: Map<string, number>; closed: Map<string, number> } {
  const byMonth = (column: 'decided_on' | 'closed_on') =>
    new Map(
      (prepared(db, byMonthSql(scopeOf(groupId), column)).all({ ...scopeParams(groupId), from, to }) as { month: string; n: number }[]).map((r) => [r.month, r.n]),
    );
  return { opened: byMonth('decided_on'), closed: byMonth('closed_on') };
}

/**
 * Actions open and past their due date on each of the days, as the follow-ups dated up to that
 * day left them, among the actions decided by the last day and not closed before the first.
 * Each action adds the spans of days it was open with one due date, and a day counts the spans
 * it falls in that are past due:
 * - from its latest follow-up (or its decision) on, it is as it stands now (action_state);
 * - before that, an action that stayed open has the due date it has now, or, if a follow-up set a
 *   new one, the decided due date until the first such follow-up and each new one from its date;
 * - any other history is replayed: from the decision until the first follow-up (not started, the
 *   decided due date), then from each follow-up until the next (its status, the latest new due
 *   date so far).
 * Only actions followed up after the first day have a span before their latest follow-up that
 * can hold one of the days.
 */
export function overdueOnDays(db: Db, groupId: string | null, days: readonly string[]): Map<string, number> {
  if (days.length === 0) return new Map();
  const sorted = [...days].sort();
  const rows = prepared(db, overdueOnDaysSql(scopeOf(groupId))).all({
    ...scopeParams(groupId),
    days: JSON.stringify(sorted),
    first: sorted[0],
    last: sorted[sorted.length - 1],
  }) as { asOf: string; n: number }[];
  return new Map(rows.map((r) => [r.asOf, r.n]));
}
