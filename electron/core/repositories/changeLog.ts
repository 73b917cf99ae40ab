import type { Db } from './sql.ts';

export type ChangeLogEntry = {
  at: string;
  actorName: string;
  actorTitle: string | null;
  entity: string;
  entityId: string;
  operation: 'create' | 'update' | 'delete' | 'approve' | 'correct' | 'send';
  data: unknown;
};

export function appendChange(db: Db, entry: ChangeLogEntry): void {
  db.prepare(
    'INSERT INTO change_log (at, actor_name, actor_title, entity, entity_id, operation, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(entry.at, entry.actorName, entry.actorTitle, entry.entity, entry.entityId, entry.operation, entry.data === undefined ? null : JSON.stringify(entry.data));
}

export function listChanges(db: Db, entity: string, entityId: string): (Omit<ChangeLogEntry, 'data'> & { data: string | null })[] {
  return db
    .prepare(
      `SELECT at, actor_name AS actorName, actor_title AS actorTitle, entity, entity_id AS entityId, operation, data
       FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY seq`,
    )
    .all(entity, entityId) as (Omit<ChangeLogEntry, 'data'> & { data: string | null })[];
}
