import { updateRow, type Db } from './sql.ts';

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

export function nextActionPosition(db: Db, decisionId: string): number {
  return (db.prepare('SELECT COALESCE(max(position), 0) + 1 AS n FROM actions WHERE decision_id = ?').get(decisionId) as { n: number }).n;
}

export type ActionPatch = Partial<{ title: string; owner: ActionOwner; dueDate: string; note: string | null }>;

export function updateAction(db: Db, id: string, { owner, ...patch }: ActionPatch, at: string): number {
  const columns = {
    title: 'title',
    dueDate: 'due_date',
    note: 'note',
    ownerPersonId: 'owner_person_id',
    ownerOrganisationId: 'owner_organisation_id',
    ownerGroupId: 'owner_group_id',
  } as const;
  const ownerColumns = owner ? { ownerPersonId: owner.personId ?? null, ownerOrganisationId: owner.organisationId ?? null, ownerGroupId: owner.groupId ?? null } : {};
  return updateRow(db, 'actions', columns, id, { ...patch, ...ownerColumns }, at);
}

export function deleteAction(db: Db, id: string): number {
  return db.prepare('DELETE FROM actions WHERE id = ?').run(id).changes;
}
