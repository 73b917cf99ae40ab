import type { Organisation, OrganisationKind } from '../../../shared/contract/index.ts';
import { nameKey, sortBySwedishName } from '../../../shared/domain/names.ts';
import { updateRow, type Db } from './sql.ts';

const select = 'SELECT id, name, short_name AS shortName, kind FROM organisations';

export type OrganisationRow = { name: string; shortName: string | null; kind: OrganisationKind };

export function listOrganisations(db: Db): Organisation[] {
  return sortBySwedishName(db.prepare(select).all() as Organisation[]);
}

export function getOrganisation(db: Db, id: string): Organisation | undefined {
  return db.prepare(`${select} WHERE id = ?`).get(id) as Organisation | undefined;
}

export function findOrganisationByName(db: Db, name: string): Organisation | undefined {
  return db.prepare(`${select} WHERE name_key = ?`).get(nameKey(name)) as Organisation | undefined;
}

export function insertOrganisation(db: Db, id: string, row: OrganisationRow, at: string): void {
  db.prepare(
    'INSERT INTO organisations (id, name, name_key, short_name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, row.name, nameKey(row.name), row.shortName, row.kind, at, at);
}

export function updateOrganisation(db: Db, id: string, patch: Partial<OrganisationRow>, at: string): number {
  const columns = { name: 'name', nameKey: 'name_key', shortName: 'short_name', kind: 'kind' } as const;
  const withKey = patch.name === undefined ? patch : { ...patch, nameKey: nameKey(patch.name) };
  return updateRow(db, 'organisations', columns, id, withKey, at);
}

export function deleteOrganisation(db: Db, id: string): number {
  return db.prepare('DELETE FROM organisations WHERE id = ?').run(id).changes;
}

/** How many records refer to the organisation (memberships, people, recipients, owners …). */
export function organisationUsage(db: Db, id: string): number {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM memberships WHERE organisation_id = @id)
            + (SELECT count(*) FROM people WHERE organisation_id = @id)
            + (SELECT count(*) FROM attendance WHERE organisation_id = @id)
            + (SELECT count(*) FROM decision_recipients WHERE organisation_id = @id)
            + (SELECT count(*) FROM actions WHERE owner_organisation_id = @id)
            + (SELECT count(*) FROM follow_ups WHERE new_owner_organisation_id = @id)
            + (SELECT count(*) FROM mandate_assignees WHERE organisation_id = @id)
            + (SELECT count(*) FROM expediering_log WHERE recipient_organisation_id = @id) AS n`,
    )
    .get({ id }) as { n: number };
  return row.n;
}
