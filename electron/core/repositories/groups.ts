import type { Group, GroupKind } from '../../../shared/contract/index.ts';
import { nameKey, sortBySwedishName } from '../../../shared/domain/names.ts';
import { updateRow, type Db } from './sql.ts';

// memberCount counts memberships valid on @today; nextMeetingDate is the first planned or
// held meeting on or after @today.
const select = `SELECT g.id, g.name, g.short_name AS shortName, g.kind, g.description, g.parent_group_id AS parentGroupId,
  g.stale_after_carries AS staleAfterCarries, g.coverage_warning_months AS coverageWarningMonths,
  (SELECT count(DISTINCT m.person_id) FROM memberships m WHERE m.group_id = g.id
     AND (m.valid_from IS NULL OR m.valid_from <= @today) AND (m.valid_to IS NULL OR m.valid_to >= @today)) AS memberCount,
  (SELECT min(mt.date) FROM meetings mt WHERE mt.group_id = g.id AND mt.date >= @today AND mt.status <> 'cancelled') AS nextMeetingDate
  FROM groups g`;

export type GroupRow = {
  name: string;
  shortName: string | null;
  kind: GroupKind;
  description: string | null;
  parentGroupId: string | null;
  staleAfterCarries?: number;
  coverageWarningMonths?: number;
};
export type AgendaTemplateItem = { title: string; kind: string };

export function listGroups(db: Db, today: string): Group[] {
  return sortBySwedishName(db.prepare(select).all({ today }) as Group[]);
}

export function getGroup(db: Db, id: string, today: string): Group | undefined {
  return db.prepare(`${select} WHERE g.id = @id`).get({ id, today }) as Group | undefined;
}

export function findGroupByName(db: Db, name: string): { id: string } | undefined {
  return db.prepare('SELECT id FROM groups WHERE name_key = ?').get(nameKey(name)) as { id: string } | undefined;
}

export function insertGroup(db: Db, id: string, row: GroupRow, at: string): void {
  db.prepare(
    `INSERT INTO groups (id, name, name_key, short_name, kind, description, parent_group_id, stale_after_carries, coverage_warning_months, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, row.name, nameKey(row.name), row.shortName, row.kind, row.description, row.parentGroupId, row.staleAfterCarries ?? 3, row.coverageWarningMonths ?? 6, at, at);
}

export function updateGroup(db: Db, id: string, patch: Partial<GroupRow>, at: string): number {
  const columns = {
    name: 'name',
    nameKey: 'name_key',
    shortName: 'short_name',
    kind: 'kind',
    description: 'description',
    parentGroupId: 'parent_group_id',
    staleAfterCarries: 'stale_after_carries',
    coverageWarningMonths: 'coverage_warning_months',
  } as const;
  const withKey = patch.name === undefined ? patch : { ...patch, nameKey: nameKey(patch.name) };
  return updateRow(db, 'groups', columns, id, withKey, at);
}

export function deleteGroup(db: Db, id: string): number {
  return db.prepare('DELETE FROM groups WHERE id = ?').run(id).changes;
}

/** Records that keep a group from being deleted: its meetings, and decisions or actions naming it. */
export function groupUsage(db: Db, id: string): number {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM meetings WHERE group_id = @id)
            + (SELECT count(*) FROM decision_recipients WHERE group_id = @id)
            + (SELECT count(*) FROM actions WHERE owner_group_id = @id)
            + (SELECT count(*) FROM follow_ups WHERE new_owner_group_id = @id)
            + (SELECT count(*) FROM expediering_log WHERE recipient_group_id = @id) AS n`,
    )
    .get({ id }) as { n: number };
  return row.n;
}

export function replaceAgendaTemplate(db: Db, groupId: string, items: readonly AgendaTemplateItem[], newId: () => string): void {
  db.prepare('DELETE FROM agenda_templates WHERE group_id = ?').run(groupId);
  const insert = db.prepare('INSERT INTO agenda_templates (id, group_id, position, title, kind) VALUES (?, ?, ?, ?, ?)');
  items.forEach((item, index) => insert.run(newId(), groupId, index + 1, item.title, item.kind));
}

export function listAgendaTemplate(db: Db, groupId: string): AgendaTemplateItem[] {
  return db.prepare('SELECT title, kind FROM agenda_templates WHERE group_id = ? ORDER BY position').all(groupId) as AgendaTemplateItem[];
}

export function countGroups(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM groups').get() as { n: number }).n;
}
