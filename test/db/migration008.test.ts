// Migration 8: every foreign key that a parent's deletion reaches into (CASCADE or SET NULL) is
// the leading column of an index, so deleting an agenda item or a meeting never scans the child
// table.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate.ts';
import { migrations } from '../../electron/core/db/migrations/index.ts';
import { applyPragmas } from '../../electron/core/db/open.ts';

type ForeignKey = { table: string; from: string; on_delete: string };

async function migrated(upTo = migrations.length): Promise<Database.Database> {
  const db = new Database(':memory:');
  applyPragmas(db);
  await migrate(db, migrations.slice(0, upTo), { backupDir: null });
  return db;
}

/** Foreign keys whose parent's deletion changes child rows, with no index led by their column. */
function unindexedReachingKeys(db: Database.Database): string[] {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'").all() as { name: string }[]).map((t) => t.name);
  return tables.flatMap((table) => {
    const leading = new Set(
      (db.pragma(`index_list("${table}")`) as { name: string }[]).map((index) => (db.pragma(`index_info("${index.name}")`) as { name: string }[])[0]?.name),
    );
    return (db.pragma(`foreign_key_list("${table}")`) as ForeignKey[])
      .filter((fk) => fk.on_delete === 'CASCADE' || fk.on_delete === 'SET NULL')
      .filter((fk) => !leading.has(fk.from))
      .map((fk) => `${table}.${fk.from} → ${fk.table}`);
  });
}

describe('migration 008: foreign key indexes', () => {
  it('leaves no cascading or nulling foreign key without an index (there were five before)', async () => {
    expect(unindexedReachingKeys(await migrated(7))).toEqual(
      expect.arrayContaining(['follow_ups.agenda_item_id → agenda_items', 'agenda_items.linked_meeting_id → meetings', 'other_attendees.meeting_id → meetings']),
    );
    expect(unindexedReachingKeys(await migrated())).toEqual([]);
  });

  it('deletes an agenda item by its index, nulling the follow-ups recorded under it', async () => {
    const db = await migrated();
    const at = '2026-01-01T00:00:00.000Z';
    db.exec(`
      INSERT INTO groups (id, name, name_key, kind, created_at, updated_at) VALUES ('g1', 'Styrgruppen', 'styrgruppen', 'steering', '${at}', '${at}');
      INSERT INTO meetings (id, group_id, date, kind, status, created_at, updated_at) VALUES ('m1', 'g1', '2026-02-10', 'protocol', 'draft', '${at}', '${at}');
      INSERT INTO agenda_items (id, meeting_id, position, title, kind, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Ärende', 'matter', '${at}', '${at}');
      INSERT INTO agenda_items (id, meeting_id, position, title, kind, created_at, updated_at) VALUES ('a2', 'm1', 2, 'Uppföljning', 'follow_up', '${at}', '${at}');
      INSERT INTO decisions VALUES ('d1', 'a1', 1, 'Beslut', 'decision', '${at}', '${at}');
      INSERT INTO actions (id, decision_id, position, title, owner_group_id, due_date, created_at, updated_at) VALUES ('x1', 'd1', 1, 'Uppdrag', 'g1', '2026-05-01', '${at}', '${at}');
      INSERT INTO follow_ups (id, action_id, meeting_id, agenda_item_id, date, status, recorded_by_name, created_at) VALUES ('f1', 'x1', 'm1', 'a2', '2026-02-10', 'in_progress', 'Sara Lind', '${at}');`);
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT 1 FROM follow_ups WHERE agenda_item_id = ?').all('a2') as { detail: string }[]).map((r) => r.detail);
    expect(plan).toEqual([expect.stringMatching(/^SEARCH follow_ups USING COVERING INDEX follow_ups_agenda_item/)]);
    db.exec("DELETE FROM agenda_items WHERE id = 'a2'");
    expect(db.prepare("SELECT agenda_item_id AS item FROM follow_ups WHERE id = 'f1'").get()).toEqual({ item: null });
  });
});
