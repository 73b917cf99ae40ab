import type { ActionStatus } from '../../../shared/contract/index.ts';
import type { ActionOwner } from './actions.ts';
import type { Db } from './sql.ts';

export type FollowUpInsert = {
  id: string;
  actionId: string;
  meetingId: string | null;
  agendaItemId: string | null;
  date: string;
  status: ActionStatus;
  /** Required when the status is done or cancelled. */
  note: string | null;
  newDueDate?: string | null;
  newOwner?: ActionOwner | null;
  recordedByName: string;
  recordedByTitle: string | null;
};

export function insertFollowUp(db: Db, followUp: FollowUpInsert, at: string): void {
  db.prepare(
    `INSERT INTO follow_ups (id, action_id, meeting_id, agenda_item_id, date, status, note, new_due_date,
       new_owner_person_id, new_owner_organisation_id, new_owner_group_id, recorded_by_name, recorded_by_title, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    followUp.id,
    followUp.actionId,
    followUp.meetingId,
    followUp.agendaItemId,
    followUp.date,
    followUp.status,
    followUp.note,
    followUp.newDueDate ?? null,
    followUp.newOwner?.personId ?? null,
    followUp.newOwner?.organisationId ?? null,
    followUp.newOwner?.groupId ?? null,
    followUp.recordedByName,
    followUp.recordedByTitle,
    at,
  );
}
