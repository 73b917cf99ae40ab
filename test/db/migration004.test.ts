// Migration 4: the search index is built for an existing database (in date order, so "newest
// first" holds for old records too) and the notes' text is read from the stored TipTap JSON.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/core/db/migrate.ts';
import { latestSchemaVersion, migrations } from '../../electron/core/db/migrations/index.ts';
import { applyPragmas } from '../../electron/core/db/open.ts';

const at = '2026-01-01T00:00:00.000Z';
const notes = JSON.stringify({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Rektorerna ' }, { type: 'text', text: 'beskr', marks: [{ type: 'bold' }] }, { type: 'text', text: 'iver läget.' }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Frånvaron ökar.' }] }] }] },
  ],
});

async function versionThreeWithRecords(): Promise<Database.Database> {
  const db = new Database(':memory:');
  applyPragmas(db);
  await migrate(db, migrations.slice(0, 3), { backupDir: null });
  db.exec(`
    INSERT INTO groups (id, name, name_key, kind, created_at, updated_at) VALUES ('g1', 'Styrgruppen', 'styrgruppen', 'steering', '${at}', '${at}');
    INSERT INTO meetings (id, group_id, date, kind, status, created_at, updated_at) VALUES
      ('m2', 'g1', '2026-02-10', 'protocol', 'draft', '${at}', '${at}'), ('m1', 'g1', '2025-11-10', 'protocol', 'draft', '${at}', '${at}');
    INSERT INTO agenda_items (id, meeting_id, position, title, kind, section_number, notes_json, created_at, updated_at) VALUES
      ('a2', 'm2', 1, 'Skolfrånvaro', 'matter', 1, '${notes}', '${at}', '${at}'), ('a1', 'm1', 1, 'Budget', 'matter', 1, NULL, '${at}', '${at}');
    INSERT INTO decisions VALUES ('d1', 'a1', 1, 'Styrgruppen fastställer budgeten.', 'decision', '${at}', '${at}');
    INSERT INTO actions (id, decision_id, position, title, owner_group_id, due_date, created_at, updated_at) VALUES ('x1', 'd1', 1, 'Följ upp budgeten', 'g1', '2026-02-01', '${at}', '${at}');
    INSERT INTO follow_ups (id, action_id, date, status, note, recorded_by_name, created_at) VALUES ('f1', 'x1', '2026-02-10', 'in_progress', 'Prognosen visar underskott.', 'Sara', '${at}');
    INSERT INTO mandates (id, title, source, status, created_at, updated_at) VALUES ('md1', 'Minska frånvaron', 'KF § 12', 'active', '${at}', '${at}');
  `);
  await migrate(db, migrations, { backupDir: null });
  return db;
}

const matches = (db: Database.Database, query: string) =>
  (db.prepare('SELECT entity_id AS id FROM search_index WHERE search_index MATCH ? ORDER BY rowid').all(query) as { id: string }[]).map((r) => r.id);

describe('migration 004: search index', () => {
  it('indexes every existing record, the notes’ text joined as written', async () => {
    const db = await versionThreeWithRecords();
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(matches(db, 'beskriver')).toEqual(['a2']);
    expect(matches(db, 'frånvaron')).toEqual(['md1', 'a2']);
    expect(matches(db, 'budgeten')).toEqual(['d1', 'x1']);
    expect(matches(db, 'underskott')).toEqual(['f1']);
    expect(db.prepare("SELECT body FROM search_index WHERE entity_id = 'a2'").get()).toEqual({ body: 'Rektorerna beskriver läget. Frånvaron ökar.' });
  });

  it('numbers the existing records in date order', async () => {
    const db = await versionThreeWithRecords();
    const order = (db.prepare('SELECT entity_id AS id FROM search_docs ORDER BY doc').all() as { id: string }[]).map((r) => r.id);
    // mandate created 2026-01-01; the November meeting's records first, February's last
    expect(order).toEqual(['a1', 'd1', 'x1', 'md1', 'a2', 'f1']);
  });
});
