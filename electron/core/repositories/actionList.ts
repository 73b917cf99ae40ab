// Action items with their current state, for the action list document: status, due date and
// owner as the latest follow-up left them, and that follow-up's note. Only actions of held
// meetings count (a planned or cancelled meeting decided nothing).
import type { ActionListFilter } from '../../../shared/contract/index.ts';
import type { ActionListRow } from '../documents/models.ts';
import type { Db } from './sql.ts';

/** The document's row before the derived parts (overdue) and with the follow-up flat. */
export type ActionListDbRow = Omit<ActionListRow, 'overdue' | 'latestFollowUp'> & { latestFollowUpDate: string | null; latestFollowUpNote: string | null };

const latestFirst = 'ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1';

const currentState = `
  SELECT a.id,
    COALESCE((SELECT f.status FROM follow_ups f WHERE f.action_id = a.id ${latestFirst}), 'not_started') AS status,
    COALESCE((SELECT f.new_due_date FROM follow_ups f WHERE f.action_id = a.id AND f.new_due_date IS NOT NULL ${latestFirst}), a.due_date) AS dueDate,
    (SELECT f.id FROM follow_ups f WHERE f.action_id = a.id AND (f.new_owner_person_id IS NOT NULL OR f.new_owner_group_id IS NOT NULL) ${latestFirst}) AS ownerFollowUpId,
    (SELECT f.id FROM follow_ups f WHERE f.action_id = a.id ${latestFirst}) AS latestFollowUpId
  FROM actions a`;

export function listActionRows(db: Db, filter: ActionListFilter, today: string): ActionListDbRow[] {
  return db
    .prepare(
      `WITH current AS (${currentState}),
       owned AS (
         SELECT c.*, a.decision_id,
           CASE WHEN ofu.id IS NULL THEN a.owner_person_id ELSE ofu.new_owner_person_id END AS personId,
           CASE WHEN ofu.id IS NULL THEN a.owner_organisation_id ELSE ofu.new_owner_organisation_id END AS organisationId,
           CASE WHEN ofu.id IS NULL THEN a.owner_group_id ELSE ofu.new_owner_group_id END AS groupId
         FROM current c JOIN actions a ON a.id = c.id LEFT JOIN follow_ups ofu ON ofu.id = c.ownerFollowUpId
       )
       SELECT g.name AS groupName, m.date AS decidedOn, ai.section_number AS decidedInSection, a.title,
         COALESCE(p.name, og.name) AS ownerName, o.name AS organisationName, w.dueDate, w.status,
         lf.date AS latestFollowUpDate, lf.note AS latestFollowUpNote
       FROM owned w
       JOIN actions a ON a.id = w.id
       JOIN decisions d ON d.id = a.decision_id
       JOIN agenda_items ai ON ai.id = d.agenda_item_id
       JOIN meetings m ON m.id = ai.meeting_id
       JOIN groups g ON g.id = m.group_id
       LEFT JOIN people p ON p.id = w.personId
       LEFT JOIN organisations o ON o.id = w.organisationId
       LEFT JOIN groups og ON og.id = w.groupId
       LEFT JOIN follow_ups lf ON lf.id = w.latestFollowUpId
       WHERE m.status IN ('draft', 'for_approval', 'approved')
         AND (@groupId IS NULL OR m.group_id = @groupId OR w.groupId = @groupId)
         AND (@status IS NULL OR w.status = @status)
         AND (@overdueOnly = 0 OR (w.dueDate < @today AND w.status NOT IN ('done', 'cancelled')))
         AND (@ownerPersonId IS NULL OR w.personId = @ownerPersonId)
         AND (@organisationId IS NULL OR w.organisationId = @organisationId)
         AND (@dueOnOrBefore IS NULL OR w.dueDate <= @dueOnOrBefore)
       ORDER BY w.dueDate, m.date, ai.position, d.position, a.position`,
    )
    .all({ ...filter, overdueOnly: filter.overdueOnly ? 1 : 0, today }) as ActionListDbRow[];
}
