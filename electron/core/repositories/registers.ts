// The mandate and goal registers, and their links to what treated them.
import type { Db } from './sql.ts';

export type MandateStatus = 'active' | 'reported' | 'completed' | 'cancelled';

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

/** A link from one mandate or goal to one agenda item, decision or action. */
export type RegisterLinkInsert = {
  id: string;
  register: { mandateId: string } | { goalId: string };
  target: { agendaItemId: string } | { decisionId: string } | { actionId: string };
};

export function insertRegisterLink(db: Db, link: RegisterLinkInsert): void {
  const register = link.register as { mandateId?: string; goalId?: string };
  const target = link.target as { agendaItemId?: string; decisionId?: string; actionId?: string };
  db.prepare(
    'INSERT INTO register_links (id, mandate_id, goal_id, agenda_item_id, decision_id, action_id) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(link.id, register.mandateId ?? null, register.goalId ?? null, target.agendaItemId ?? null, target.decisionId ?? null, target.actionId ?? null);
}
