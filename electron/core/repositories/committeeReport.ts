// What the report to a committee is assembled from: the decisions of held meetings sent to the
// committee in a period, the overdue actions that follow from decisions sent to it, the actions
// of chosen decisions, and the treatments of mandates and goals in a period.
import type { MeetingStatus } from '../../../shared/contract/index.ts';
import { prepared, type Db } from './sql.ts';

const held = "('draft','for_approval','approved')";

export type SentDecisionRow = {
  decisionId: string;
  meetingId: string;
  meetingStatus: MeetingStatus;
  meetingDate: string;
  groupName: string;
  agendaItemId: string;
  sectionNumber: number | null;
  itemTitle: string;
  confidential: number;
};

/** Decisions of held meetings dated in the period with the organisation among their recipients, in protocol order. */
export function decisionsSentTo(db: Db, organisationId: string, from: string, to: string): SentDecisionRow[] {
  return db
    .prepare(
      `SELECT d.id AS decisionId, m.id AS meetingId, m.status AS meetingStatus, m.date AS meetingDate, g.name AS groupName,
              ai.id AS agendaItemId, ai.section_number AS sectionNumber, ai.title AS itemTitle, ai.confidential
       FROM meetings m
       JOIN agenda_items ai ON ai.meeting_id = m.id
       JOIN decisions d ON d.agenda_item_id = ai.id
       JOIN groups g ON g.id = m.group_id
       -- from the period's meetings: twenty years of decisions sent to a committee are many more
       WHERE m.date BETWEEN @from AND @to AND m.status IN ${held}
         AND EXISTS (SELECT 1 FROM decision_recipients r WHERE r.decision_id = d.id AND r.organisation_id = @organisationId)
       ORDER BY m.date, COALESCE(m.start_time, ''), g.name, ai.position, d.position`,
    )
    .all({ organisationId, from, to }) as SentDecisionRow[];
}

// From the organisation's recipients, not from every overdue action: the recipient check is the
// selective one, and SQLite otherwise reads each overdue action's item before making it (2× slower
// on twenty years of data). CROSS JOIN keeps that order.
export const overdueActionsStatement = `SELECT s.action_id AS id
  FROM decision_recipients r
  CROSS JOIN actions a ON a.decision_id = r.decision_id
  CROSS JOIN action_state s ON s.action_id = a.id
  JOIN decisions d ON d.id = a.decision_id
  JOIN agenda_items ai ON ai.id = d.agenda_item_id
  JOIN meetings m ON m.id = s.meeting_id
  WHERE r.organisation_id = @organisationId
    AND s.held = 1 AND s.is_open = 1 AND s.due_date < @today
    AND m.status = 'approved' AND ai.confidential = 0 AND s.decided_on <= @to
  ORDER BY s.due_date, s.decided_on, ai.position, d.position, a.position`;

/**
 * Open actions past their due date that follow from decisions sent to the organisation in
 * approved protocols dated up to `to` (a confidential item's actions stay out), by due date.
 */
export function overdueActionIds(db: Db, organisationId: string, to: string, today: string): string[] {
  const rows = prepared(db, overdueActionsStatement).all({ organisationId, to, today }) as { id: string }[];
  return rows.map((r) => r.id);
}

export type TreatmentInPeriod = {
  mandateId: string | null;
  goalId: string | null;
  meetingId: string;
  meetingStatus: MeetingStatus;
  groupName: string;
  date: string;
  sectionNumber: number | null;
};

/** Mandates and goals linked to an item, decision or action of a held meeting dated in the period, oldest first. */
export function treatmentsBetween(db: Db, from: string, to: string): TreatmentInPeriod[] {
  return db
    .prepare(
      `SELECT DISTINCT rl.mandate_id AS mandateId, rl.goal_id AS goalId, m.id AS meetingId, m.status AS meetingStatus, g.name AS groupName,
              m.date, ai.section_number AS sectionNumber
       FROM register_links rl
       LEFT JOIN actions a ON a.id = rl.action_id
       LEFT JOIN decisions d ON d.id = COALESCE(rl.decision_id, a.decision_id)
       JOIN agenda_items ai ON ai.id = COALESCE(rl.agenda_item_id, d.agenda_item_id)
       JOIN meetings m ON m.id = ai.meeting_id
       JOIN groups g ON g.id = m.group_id
       WHERE m.status IN ${held} AND m.date BETWEEN @from AND @to
       ORDER BY m.date, COALESCE(m.start_time, ''), g.name, ai.section_number`,
    )
    .all({ from, to }) as TreatmentInPeriod[];
}
