import type { Db } from './sql.ts';

/** Who owns an action: a person with the organisation they act for, or a whole group. */
export type ActionOwner = { personId: string; organisationId: string; groupId?: null } | { groupId: string; personId?: null; organisationId?: null };

export type ActionInsert = {
  id: string;
  decisionId: string;
  position: number;
  title: string;
  owner: ActionOwner;
  dueDate: string;
  note?: string | null;
};

export function insertAction(db: Db, action: ActionInsert, at: string): void {
  db.prepare(
    `INSERT INTO actions (id, decision_id, position, title, owner_person_id, owner_organisation_id, owner_group_id, due_date, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    action.id,
    action.decisionId,
    action.position,
    action.title,
    action.owner.personId ?? null,
    action.owner.organisationId ?? null,
    action.owner.groupId ?? null,
    action.dueDate,
    action.note ?? null,
    at,
    at,
  );
}
