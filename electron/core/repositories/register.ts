// The action register: every action of a held meeting with its current state (action_state,
// kept by triggers), filtered and sorted in SQL so a page of 100,000 actions reads only its rows.
import type { RegisterQuery } from '../../../shared/contract/index.ts';
import { parametersUsedBy, prepared, type Db } from './sql.ts';

/** A register row as stored; the service derives overdue, stale and age. */
export type RegisterDbRow = {
  actionId: string;
  title: string;
  note: string | null;
  groupId: string;
  groupName: string;
  meetingId: string;
  decidedOn: string;
  sectionNumber: number | null;
  agendaItemId: string;
  decisionId: string;
  status: 'not_started' | 'in_progress' | 'done' | 'cancelled';
  dueDate: string;
  originalDueDate: string;
  personId: string | null;
  personName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  ownerGroupId: string | null;
  ownerGroupName: string | null;
  lastFollowUpOn: string | null;
  latestNote: string | null;
  closedOn: string | null;
  followUpCount: number;
  carriesWithoutProgress: number;
  staleAfterCarries: number;
};

const held = "('draft','for_approval','approved')";
const open = "('not_started','in_progress')";

/** Actions with their state, where decided, and current owner: shared by the register and the action list. */
export const actionStateFrom = `
  FROM action_state s
  JOIN actions a ON a.id = s.action_id
  JOIN decisions d ON d.id = a.decision_id
  JOIN agenda_items ai ON ai.id = d.agenda_item_id
  JOIN meetings m ON m.id = s.meeting_id
  JOIN groups g ON g.id = s.group_id
  LEFT JOIN people p ON p.id = s.owner_person_id
  LEFT JOIN organisations o ON o.id = s.owner_organisation_id
  LEFT JOIN groups og ON og.id = s.owner_group_id`;

const columns = `
  s.action_id AS actionId, a.title, a.note, s.group_id AS groupId, g.name AS groupName, s.meeting_id AS meetingId,
  s.decided_on AS decidedOn, ai.section_number AS sectionNumber, ai.id AS agendaItemId, a.decision_id AS decisionId,
  s.status, s.due_date AS dueDate, a.due_date AS originalDueDate,
  p.id AS personId, p.name AS personName, o.id AS organisationId, o.name AS organisationName, og.id AS ownerGroupId, og.name AS ownerGroupName,
  s.last_follow_up_on AS lastFollowUpOn, (SELECT lf.note FROM follow_ups lf WHERE lf.id = s.last_follow_up_id) AS latestNote,
  s.closed_on AS closedOn, s.follow_up_count AS followUpCount,
  CASE WHEN s.status IN ${open} THEN (
    SELECT count(*) FROM meetings hm WHERE hm.group_id = s.group_id AND hm.status IN ${held}
      AND hm.date > COALESCE(s.last_progress_on, s.decided_on) AND hm.date <= @today) ELSE 0 END AS carriesWithoutProgress,
  g.stale_after_carries AS staleAfterCarries`;

/**
 * The conditions for the actions of held meetings, of one group (decided by it or owned by it) or
 * of all. With a group, the unary + keeps SQLite from reading the held-led indexes (every held
 * action of every group, to count one group's: ~120 ms on twenty years of data) and makes it take
 * the two group indexes instead (MULTI-INDEX OR): a group's actions are a few thousand.
 */
export function heldActionsOf(groupId: string | null | undefined): string[] {
  return groupId ? ['+s.held = 1', '(s.group_id = @groupId OR s.owner_group_id = @groupId)'] : ['s.held = 1'];
}

/**
 * The WHERE clause of a query, from constant fragments for the filters that are set (values stay
 * bound parameters). Leaving unset filters out, rather than "@x IS NULL OR …", lets SQLite read
 * the matching index range in due-date order and stop after one page.
 */
function whereClause(query: RegisterQuery, dueBefore: string | null): string {
  const conditions = heldActionsOf(query.groupId);
  if (query.ownerPersonId) conditions.push('s.owner_person_id = @ownerPersonId');
  if (query.organisationId) conditions.push('s.owner_organisation_id = @organisationId');
  // Overdue and "due within" concern open actions only.
  if (query.status === 'open' || query.overdueOnly || dueBefore) conditions.push('s.is_open = 1');
  if (query.status && query.status !== 'open') conditions.push('s.status = @status');
  if (query.overdueOnly) conditions.push('s.due_date < @today');
  if (dueBefore) conditions.push('s.due_date <= @dueBefore');
  if (query.text) conditions.push("a.title LIKE '%' || @text || '%' ESCAPE '\\'");
  return conditions.join(' AND ');
}

// Sort keys come from this map only (the query's sort is a validated enum).
const orderBy: Record<RegisterQuery['sort'], (dir: 'ASC' | 'DESC') => string> = {
  // rowid breaks ties: every index ends with it, so the order comes straight from the index.
  due: (dir) => `s.due_date ${dir}, s.rowid ${dir}`,
  age: (dir) => `s.decided_on ${dir}, s.rowid ${dir}`,
  owner: (dir) => `COALESCE(p.name, og.name) COLLATE NOCASE ${dir}, s.due_date, s.rowid`,
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Only the tables a query's filter and sort need: a page is chosen from action_state alone (in
 * index order, however deep the offset), and only that page's rows are joined for display.
 */
function selectionFrom(query: RegisterQuery): string {
  const joins = ['FROM action_state s'];
  if (query.text) joins.push('JOIN actions a ON a.id = s.action_id');
  if (query.sort === 'owner') joins.push('LEFT JOIN people p ON p.id = s.owner_person_id', 'LEFT JOIN groups og ON og.id = s.owner_group_id');
  return joins.join(' ');
}

/** The register's statements for a query, exported so tests can check their plans and the benchmark can run them raw. */
export function registerStatements(query: RegisterQuery, dueBefore: string | null): { count: string; page: string; rows: string } {
  const where = whereClause(query, dueBefore);
  const from = selectionFrom(query);
  return {
    count: `SELECT count(*) AS n ${from} WHERE ${where}`,
    page: `SELECT s.rowid AS rid ${from} WHERE ${where} ORDER BY ${orderBy[query.sort](query.descending ? 'DESC' : 'ASC')} LIMIT @limit OFFSET @offset`,
    rows: `SELECT s.rowid AS rid, ${columns} ${actionStateFrom} WHERE s.rowid IN (SELECT value FROM json_each(@rids))`,
  };
}

/** The parameters of a query's statements. */
export function registerParameters(query: RegisterQuery, today: string, dueBefore: string | null): Record<string, unknown> {
  const all: Record<string, unknown> = {
    groupId: query.groupId,
    ownerPersonId: query.ownerPersonId,
    organisationId: query.organisationId,
    status: query.status,
    dueBefore,
    text: query.text ? escapeLike(query.text) : null,
    today,
  };
  return parametersUsedBy(whereClause(query, dueBefore), all);
}

/** The rows of one page, in the page's order. */
export function registerRows(db: Db, statement: string, rids: readonly number[], today: string): RegisterDbRow[] {
  if (rids.length === 0) return [];
  const byRid = new Map(
    (prepared(db, statement).all({ rids: JSON.stringify(rids), today }) as (RegisterDbRow & { rid: number })[]).map(({ rid, ...row }) => [rid, row]),
  );
  return rids.map((rid) => byRid.get(rid)!);
}

export function queryRegister(db: Db, query: RegisterQuery, today: string, dueBefore: string | null): { total: number; rows: RegisterDbRow[] } {
  const params = registerParameters(query, today, dueBefore);
  const statements = registerStatements(query, dueBefore);
  const total = (prepared(db, statements.count).get(params) as { n: number }).n;
  const rids = (prepared(db, statements.page).all({ ...params, limit: query.limit, offset: query.offset }) as { rid: number }[]).map((r) => r.rid);
  return { total, rows: registerRows(db, statements.rows, rids, today) };
}

/** The rows of these actions in the order given (one statement, however many). */
export function registerRowsOf(db: Db, actionIds: readonly string[], today: string): RegisterDbRow[] {
  if (actionIds.length === 0) return [];
  const rows = prepared(db, `SELECT ${columns} ${actionStateFrom} WHERE s.action_id IN (SELECT value FROM json_each(@ids))`).all({
    ids: JSON.stringify(actionIds),
    today,
  }) as RegisterDbRow[];
  const byId = new Map(rows.map((row) => [row.actionId, row]));
  return actionIds.flatMap((id) => byId.get(id) ?? []);
}

export function getRegisterRow(db: Db, actionId: string, today: string): RegisterDbRow | undefined {
  return db.prepare(`SELECT ${columns} ${actionStateFrom} WHERE s.action_id = @actionId`).get({ actionId, today }) as RegisterDbRow | undefined;
}

/**
 * The follow-up item's list for a meeting: the group's actions (decided by it or owned by it)
 * decided in an earlier meeting that are open, or that closed after `closedSince` (the previous
 * meeting's date), for confirmation. A confirmation keeps the day the action closed (migration
 * 009), so the group that closed it is not asked to confirm it in turn.
 */
export function followUpCandidates(db: Db, groupId: string, meetingDate: string, closedSince: string | null, today: string): RegisterDbRow[] {
  return db
    .prepare(
      `SELECT ${columns} ${actionStateFrom}
       WHERE m.status IN ${held} AND (s.group_id = @groupId OR s.owner_group_id = @groupId) AND s.decided_on < @meetingDate
         AND (s.status IN ${open} OR (@closedSince IS NOT NULL AND s.closed_on > @closedSince))
       ORDER BY s.decided_on, ai.position, d.position, a.position`,
    )
    .all({ groupId, meetingDate, closedSince, today }) as RegisterDbRow[];
}

/** Whether the group's meeting on `meetingDate` follows the action up: decided by or owned by the group, earlier. */
export function followsUpIn(db: Db, actionId: string, groupId: string, meetingDate: string): boolean {
  return !!db
    .prepare('SELECT 1 FROM action_state s WHERE s.action_id = ? AND (s.group_id = ? OR s.owner_group_id = ?) AND s.decided_on < ?')
    .get(actionId, groupId, groupId, meetingDate);
}
