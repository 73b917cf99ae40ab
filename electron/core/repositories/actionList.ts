// Action items with their current state (action_state, kept by triggers) for the action list
// document and the notice: status, due date and owner as the latest follow-up left them, and that
// follow-up's note. Only actions of held meetings count.
import type { ActionListFilter } from '../../../shared/contract/index.ts';
import type { ActionListRow } from '../documents/models.ts';
import { actionStateFrom, heldActionsOf } from './register.ts';
import { parametersUsedBy, prepared, type Db } from './sql.ts';

/** The document's row before the derived parts (overdue) and with the follow-up flat. */
export type ActionListDbRow = Omit<ActionListRow, 'overdue' | 'latestFollowUp'> & { latestFollowUpDate: string | null; latestFollowUpNote: string | null };

/** The document's filter; the notice also asks for open actions only. */
export type ActionListSelection = ActionListFilter & { openOnly?: boolean };

/**
 * The WHERE clause from constant fragments for the filters that are set (values stay bound
 * parameters), as the register builds its own: "@x IS NULL OR …" for every filter made SQLite
 * read and join all actions of twenty years for any list (1.7 s for the in-progress ones).
 */
function whereClause(filter: ActionListSelection): string {
  const conditions = heldActionsOf(filter.groupId);
  if (filter.openOnly || filter.overdueOnly) conditions.push('s.is_open = 1');
  if (filter.status) conditions.push('s.status = @status');
  if (filter.overdueOnly) conditions.push('s.due_date < @today');
  if (filter.ownerPersonId) conditions.push('s.owner_person_id = @ownerPersonId');
  if (filter.organisationId) conditions.push('s.owner_organisation_id = @organisationId');
  if (filter.dueOnOrBefore) conditions.push('s.due_date <= @dueOnOrBefore');
  return conditions.join(' AND ');
}

export function listActionRows(db: Db, filter: ActionListSelection, today: string): ActionListDbRow[] {
  const where = whereClause(filter);
  return prepared(
    db,
    `SELECT g.name AS groupName, s.decided_on AS decidedOn, ai.section_number AS decidedInSection, a.title,
       COALESCE(p.name, og.name) AS ownerName, o.name AS organisationName, s.due_date AS dueDate, s.status,
       lf.date AS latestFollowUpDate, lf.note AS latestFollowUpNote
     ${actionStateFrom}
     LEFT JOIN follow_ups lf ON lf.id = s.last_follow_up_id
     WHERE ${where}
     ORDER BY s.due_date, s.decided_on, ai.position, d.position, a.position`,
  ).all(parametersUsedBy(where, { ...filter, today })) as ActionListDbRow[];
}
