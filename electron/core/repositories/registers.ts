// The mandate and goal registers, their links to what treated them, and the rows coverage is
// computed from. Column and table names come only from the constant maps here.
import type { Goal, Mandate, MandateStatus, RegisterTarget } from '../../../shared/contract/index.ts';
import { updateRow, type Db } from './sql.ts';

export type { MandateStatus } from '../../../shared/contract/index.ts';

// ---- Mandates

export type MandateInsert = {
  id: string;
  title: string;
  description: string | null;
  /** Where the mandate was given, e.g. "KF 2023-06-14 § 99". */
  source: string;
  reportBackDate: string | null;
  reportBackTo: string | null;
  status: MandateStatus;
};

export function insertMandate(db: Db, mandate: MandateInsert, at: string): void {
  db.prepare(
    `INSERT INTO mandates (id, title, description, source, report_back_date, report_back_to, status, created_at, updated_at)
     VALUES (@id, @title, @description, @source, @reportBackDate, @reportBackTo, @status, @at, @at)`,
  ).run({ ...mandate, at });
}

export function insertMandateAssignee(db: Db, mandateId: string, organisationId: string): void {
  db.prepare('INSERT INTO mandate_assignees (mandate_id, organisation_id) VALUES (?, ?)').run(mandateId, organisationId);
}

export function replaceMandateAssignees(db: Db, mandateId: string, organisationIds: readonly string[]): void {
  db.prepare('DELETE FROM mandate_assignees WHERE mandate_id = ?').run(mandateId);
  for (const organisationId of new Set(organisationIds)) insertMandateAssignee(db, mandateId, organisationId);
}

export type MandatePatch = Partial<Omit<MandateInsert, 'id'>>;

export function updateMandate(db: Db, id: string, patch: MandatePatch, at: string): number {
  const columns = { title: 'title', description: 'description', source: 'source', reportBackDate: 'report_back_date', reportBackTo: 'report_back_to', status: 'status' } as const;
  return updateRow(db, 'mandates', columns, id, patch, at);
}

export function deleteMandate(db: Db, id: string): number {
  return db.prepare('DELETE FROM mandates WHERE id = ?').run(id).changes;
}

const mandateSelect = `
  SELECT m.id, m.title, m.description, m.source, m.report_back_date AS reportBackDate, m.report_back_to AS reportBackTo, m.status,
         (SELECT count(*) FROM register_links rl WHERE rl.mandate_id = m.id) AS linkCount
  FROM mandates m`;

type MandateRow = Omit<Mandate, 'assignees'>;

function withAssignees(db: Db, rows: MandateRow[]): Mandate[] {
  if (rows.length === 0) return [];
  const assignees = db
    .prepare(
      `SELECT ma.mandate_id AS mandateId, o.id, o.name, o.short_name AS shortName
       FROM mandate_assignees ma JOIN organisations o ON o.id = ma.organisation_id
       WHERE ma.mandate_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as { mandateId: string; id: string; name: string; shortName: string | null }[];
  return rows.map((row) => ({
    ...row,
    assignees: assignees.filter((a) => a.mandateId === row.id).map(({ id, name, shortName }) => ({ id, name, shortName })),
  }));
}

export function listMandates(db: Db, filter: { organisationId?: string; statuses?: readonly MandateStatus[] } = {}): Mandate[] {
  const rows = db
    .prepare(
      `${mandateSelect}
       WHERE (@organisationId IS NULL OR EXISTS (SELECT 1 FROM mandate_assignees ma WHERE ma.mandate_id = m.id AND ma.organisation_id = @organisationId))
         AND (@statuses IS NULL OR m.status IN (SELECT value FROM json_each(@statuses)))`,
    )
    .all({ organisationId: filter.organisationId ?? null, statuses: filter.statuses ? JSON.stringify(filter.statuses) : null }) as MandateRow[];
  return withAssignees(db, rows);
}

export function getMandate(db: Db, id: string): Mandate | undefined {
  const row = db.prepare(`${mandateSelect} WHERE m.id = ?`).get(id) as MandateRow | undefined;
  return row ? withAssignees(db, [row])[0] : undefined;
}

// ---- Goals

export type GoalInsert = {
  id: string;
  title: string;
  description: string | null;
  indicator: string | null;
  target: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  source: string | null;
};

export function insertGoal(db: Db, goal: GoalInsert, at: string): void {
  db.prepare(
    `INSERT INTO goals (id, title, description, indicator, target, period_start, period_end, source, created_at, updated_at)
     VALUES (@id, @title, @description, @indicator, @target, @periodStart, @periodEnd, @source, @at, @at)`,
  ).run({ ...goal, at });
}

export function updateGoal(db: Db, id: string, patch: Partial<Omit<GoalInsert, 'id'>>, at: string): number {
  const columns = {
    title: 'title',
    description: 'description',
    indicator: 'indicator',
    target: 'target',
    periodStart: 'period_start',
    periodEnd: 'period_end',
    source: 'source',
  } as const;
  return updateRow(db, 'goals', columns, id, patch, at);
}

export function deleteGoal(db: Db, id: string): number {
  return db.prepare('DELETE FROM goals WHERE id = ?').run(id).changes;
}

const goalSelect = `
  SELECT g.id, g.title, g.description, g.indicator, g.target, g.period_start AS periodStart, g.period_end AS periodEnd, g.source,
         (SELECT count(*) FROM register_links rl WHERE rl.goal_id = g.id) AS linkCount
  FROM goals g`;

export function listGoals(db: Db): Goal[] {
  return db.prepare(goalSelect).all() as Goal[];
}

export function getGoal(db: Db, id: string): Goal | undefined {
  return db.prepare(`${goalSelect} WHERE g.id = ?`).get(id) as Goal | undefined;
}

// ---- Links

/** A link from one mandate or goal to one agenda item, decision or action. */
export type RegisterLinkInsert = {
  id: string;
  register: { mandateId: string } | { goalId: string };
  target: RegisterTarget;
};

export function insertRegisterLink(db: Db, link: RegisterLinkInsert): void {
  const register = link.register as { mandateId?: string; goalId?: string };
  const target = link.target as { agendaItemId?: string; decisionId?: string; actionId?: string };
  db.prepare(
    'INSERT INTO register_links (id, mandate_id, goal_id, agenda_item_id, decision_id, action_id) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(link.id, register.mandateId ?? null, register.goalId ?? null, target.agendaItemId ?? null, target.decisionId ?? null, target.actionId ?? null);
}

/** The table and the register_links column of each kind of target. */
const targets = {
  agendaItemId: { table: 'agenda_items', column: 'agenda_item_id' },
  decisionId: { table: 'decisions', column: 'decision_id' },
  actionId: { table: 'actions', column: 'action_id' },
} as const;

type TargetKey = keyof typeof targets;

function targetOf(target: RegisterTarget): { key: TargetKey; id: string } {
  const [key, id] = Object.entries(target)[0] as [TargetKey, string];
  if (!(key in targets)) throw new Error(`unknown register target ${key}`);
  return { key, id };
}

export function targetExists(db: Db, target: RegisterTarget): boolean {
  const { key, id } = targetOf(target);
  return db.prepare(`SELECT 1 FROM ${targets[key].table} WHERE id = ?`).get(id) !== undefined;
}

export type TargetLinks = { mandates: { id: string; title: string; source: string; status: MandateStatus }[]; goals: { id: string; title: string }[] };

export function linksOfTarget(db: Db, target: RegisterTarget): TargetLinks {
  const { key, id } = targetOf(target);
  const column = targets[key].column;
  const mandates = db
    .prepare(`SELECT m.id, m.title, m.source, m.status FROM register_links rl JOIN mandates m ON m.id = rl.mandate_id WHERE rl.${column} = ?`)
    .all(id) as TargetLinks['mandates'];
  const goals = db.prepare(`SELECT g.id, g.title FROM register_links rl JOIN goals g ON g.id = rl.goal_id WHERE rl.${column} = ?`).all(id) as TargetLinks['goals'];
  return { mandates, goals };
}

export function deleteLinksOfTarget(db: Db, target: RegisterTarget): number {
  const { key, id } = targetOf(target);
  return db.prepare(`DELETE FROM register_links WHERE ${targets[key].column} = ?`).run(id).changes;
}

/** Ids among `ids` that are not in the table (mandates or goals). */
export function missingIds(db: Db, table: 'mandates' | 'goals', ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const found = db.prepare(`SELECT id FROM ${table === 'mandates' ? 'mandates' : 'goals'} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string }[];
  const present = new Set(found.map((r) => r.id));
  return ids.filter((id) => !present.has(id));
}

// ---- Coverage

/** One linked item of a held meeting: a mandate or goal treated on that date, under that §. */
export type TreatmentRow = {
  mandateId: string | null;
  goalId: string | null;
  meetingId: string;
  groupId: string;
  groupName: string;
  date: string;
  startTime: string | null;
  sectionNumber: number | null;
};

/**
 * Every treatment in a held meeting (draft, for approval or approved), newest first; an action
 * or decision counts for the meeting and § of its agenda item.
 */
export function listTreatments(db: Db, groupId: string | null): TreatmentRow[] {
  return db
    .prepare(
      `SELECT rl.mandate_id AS mandateId, rl.goal_id AS goalId, m.id AS meetingId, m.group_id AS groupId, g.name AS groupName,
              m.date, m.start_time AS startTime, ai.section_number AS sectionNumber
       FROM register_links rl
       LEFT JOIN actions a ON a.id = rl.action_id
       LEFT JOIN decisions d ON d.id = COALESCE(rl.decision_id, a.decision_id)
       JOIN agenda_items ai ON ai.id = COALESCE(rl.agenda_item_id, d.agenda_item_id)
       JOIN meetings m ON m.id = ai.meeting_id
       JOIN groups g ON g.id = m.group_id
       WHERE m.status IN ('draft', 'for_approval', 'approved') AND (@groupId IS NULL OR m.group_id = @groupId)
       ORDER BY m.date DESC, m.start_time DESC, m.id, ai.section_number`,
    )
    .all({ groupId }) as TreatmentRow[];
}

/** Each group's set period for the coverage warning (migration 003), one group or all. */
export function coveragePeriods(db: Db, groupId: string | null): { groupId: string; months: number }[] {
  return db
    .prepare('SELECT id AS groupId, coverage_warning_months AS months FROM groups WHERE @groupId IS NULL OR id = @groupId')
    .all({ groupId }) as { groupId: string; months: number }[];
}
