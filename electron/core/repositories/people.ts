import type { Person } from '../../../shared/contract/index.ts';
import { sortBySwedishName } from '../../../shared/domain/names.ts';
import { updateRow, type Db } from './sql.ts';

const select = `SELECT p.id, p.name, p.title, p.email, p.phone, p.organisation_id AS organisationId, o.name AS organisationName
  FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`;

export type PersonRow = { name: string; title: string | null; email: string | null; phone: string | null; organisationId: string | null };

export function listPeople(db: Db): Person[] {
  return sortBySwedishName(db.prepare(select).all() as Person[]);
}

export function getPerson(db: Db, id: string): Person | undefined {
  return db.prepare(`${select} WHERE p.id = ?`).get(id) as Person | undefined;
}

export function insertPerson(db: Db, id: string, row: PersonRow, at: string): void {
  db.prepare(
    'INSERT INTO people (id, name, title, email, phone, organisation_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, row.name, row.title, row.email, row.phone, row.organisationId, at, at);
}

export function updatePerson(db: Db, id: string, patch: Partial<PersonRow>, at: string): number {
  const columns = { name: 'name', title: 'title', email: 'email', phone: 'phone', organisationId: 'organisation_id' } as const;
  return updateRow(db, 'people', columns, id, patch, at);
}

export function deletePerson(db: Db, id: string): number {
  return db.prepare('DELETE FROM people WHERE id = ?').run(id).changes;
}

/** How many records refer to the person (memberships, meeting roles, attendance, owners …). */
export function personUsage(db: Db, id: string): number {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM memberships WHERE person_id = @id)
            + (SELECT count(*) FROM meetings WHERE chair_person_id = @id OR secretary_person_id = @id)
            + (SELECT count(*) FROM meeting_adjusters WHERE person_id = @id)
            + (SELECT count(*) FROM attendance WHERE person_id = @id OR substitute_for_person_id = @id)
            + (SELECT count(*) FROM agenda_items WHERE presenter_person_id = @id)
            + (SELECT count(*) FROM actions WHERE owner_person_id = @id)
            + (SELECT count(*) FROM follow_ups WHERE new_owner_person_id = @id) AS n`,
    )
    .get({ id }) as { n: number };
  return row.n;
}
