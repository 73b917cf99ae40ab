// Action items with their current state (action_state, kept by triggers) for the action list
// document and the notice: status, due date and owner as the latest follow-up left them, and that
// follow-up's note. Only actions of held meetings count.
import type { ActionListFilter } from '../../../shared/contract/index.ts';
import type { ActionListRow } from '../documents/models.ts';
import { actionStateFrom } from './register.ts';
import type { Db } from './sql.ts';

/** The document's row before the derived parts (overdue) and with the follow-up flat. */
export type ActionListDbRow = Omit<ActionListRow, 'overdue' | 'latestFollowUp'> & { latestFollowUpDate: string | null; latestFollowUpNote: string | null };

export function listActionRows(db: Db, filter: ActionListFilter, today: string): ActionListDbRow[] {
  return db
    .prepare(
      `SELECT g.name AS groupName, s.decided_on AS decidedOn, ai.section_number AS decidedInSection, a.title,
         COALESCE(p.name, og.name) AS ownerName, o.name AS organisationName, s.due_date AS dueDate, s.status,
         lf.date AS latestFollowUpDate, lf.note AS latestFollowUpNote
       ${actionStateFrom}
       LEFT JOIN follow_ups lf ON lf.id = s.last_follow_up_id
       WHERE m.status IN ('draft', 'for_approval', 'approved')
         AND (@groupId IS NULL OR s.group_id = @groupId OR s.owner_group_id = @groupId)
         AND (@status IS NULL OR s.status = @status)
         AND (@overdueOnly = 0 OR (s.due_date < @today AND s.status NOT IN ('done', 'cancelled')))
         AND (@ownerPersonId IS NULL OR s.owner_person_id = @ownerPersonId)
         AND (@organisationId IS NULL OR s.owner_organisation_id = @organisationId)
         AND (@dueOnOrBefore IS NULL OR s.due_date <= @dueOnOrBefore)
       ORDER BY s.due_date, s.decided_on, ai.position, d.position, a.position`,
    )
    .all({ ...filter, overdueOnly: filter.overdueOnly ? 1 : 0, today }) as ActionListDbRow[];
}
