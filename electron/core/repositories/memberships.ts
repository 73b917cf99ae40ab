import { membershipRoles, type Membership, type MembershipRole } from '../../../shared/contract/index.ts';
import { compareSwedish } from '../../../shared/domain/names.ts';
import { updateRow, type Db } from './sql.ts';

const select = `SELECT ms.id, ms.group_id AS groupId, ms.person_id AS personId, p.name AS personName, p.title AS personTitle,
  ms.organisation_id AS organisationId, o.name AS organisationName, ms.role, ms.valid_from AS validFrom, ms.valid_to AS validTo
  FROM memberships ms JOIN people p ON p.id = ms.person_id JOIN organisations o ON o.id = ms.organisation_id`;

// Chair first, then the other roles in protocol order (the order of membershipRoles), then by name.
const byRoleThenName = (a: Membership, b: Membership) =>
  membershipRoles.indexOf(a.role) - membershipRoles.indexOf(b.role) || compareSwedish(a.personName, b.personName);

export type MembershipRow = {
  groupId: string;
  personId: string;
  organisationId: string;
  role: MembershipRole;
  validFrom: string | null;
  validTo: string | null;
};

/** The group's memberships; with onDate, only those valid on that day. */
export function listMemberships(db: Db, groupId: string, onDate: string | null): Membership[] {
  const rows = db
    .prepare(
      `${select} WHERE ms.group_id = @groupId
         AND (@onDate IS NULL OR ((ms.valid_from IS NULL OR ms.valid_from <= @onDate) AND (ms.valid_to IS NULL OR ms.valid_to >= @onDate)))`,
    )
    .all({ groupId, onDate }) as Membership[];
  return rows.sort(byRoleThenName);
}

export function getMembership(db: Db, id: string): Membership | undefined {
  return db.prepare(`${select} WHERE ms.id = ?`).get(id) as Membership | undefined;
}

export function insertMembership(db: Db, id: string, row: MembershipRow, at: string): void {
  db.prepare(
    `INSERT INTO memberships (id, group_id, person_id, organisation_id, role, valid_from, valid_to, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, row.groupId, row.personId, row.organisationId, row.role, row.validFrom, row.validTo, at, at);
}

export function updateMembership(db: Db, id: string, patch: Partial<Omit<MembershipRow, 'groupId'>>, at: string): number {
  const columns = { personId: 'person_id', organisationId: 'organisation_id', role: 'role', validFrom: 'valid_from', validTo: 'valid_to' } as const;
  return updateRow(db, 'memberships', columns, id, patch, at);
}

export function deleteMembership(db: Db, id: string): number {
  return db.prepare('DELETE FROM memberships WHERE id = ?').run(id).changes;
}
