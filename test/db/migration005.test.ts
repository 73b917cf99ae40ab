// Migration 5: action_state knows whether the action's meeting is held, backfilled for existing
// actions and kept in step when a meeting starts, is cancelled or gets a new action.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate.ts';
import { migrations } from '../../electron/core/db/migrations/index.ts';
import { applyPragmas } from '../../electron/core/db/open.ts';

const at = '2026-01-01T00:00:00.000Z';

/** One action in a meeting of each status that can hold actions. */
async function versionFourWithActions(): Promise<Database.Database> {
  const db = new Database(':memory:');
  applyPragmas(db);
  await migrate(db, migrations.slice(0, 4), { backupDir: null });
  db.exec(`INSERT INTO groups (id, name, name_key, kind, created_at, updated_at) VALUES ('g1', 'Styrgruppen', 'styrgruppen', 'steering', '${at}', '${at}');`);
  for (const [n, status] of ['planned', 'draft', 'for_approval', 'cancelled'].entries()) {
    db.exec(`
      INSERT INTO meetings (id, group_id, date, kind, status, created_at, updated_at) VALUES ('m${n}', 'g1', '2026-02-1${n}', 'protocol', '${status}', '${at}', '${at}');
      INSERT INTO agenda_items (id, meeting_id, position, title, kind, created_at, updated_at) VALUES ('a${n}', 'm${n}', 1, 'Ärende', 'matter', '${at}', '${at}');
      INSERT INTO decisions VALUES ('d${n}', 'a${n}', 1, 'Beslut', 'decision', '${at}', '${at}');
      INSERT INTO actions (id, decision_id, position, title, owner_group_id, due_date, created_at, updated_at) VALUES ('x${n}', 'd${n}', 1, 'Uppdrag', 'g1', '2026-05-01', '${at}', '${at}');`);
  }
  await migrate(db, migrations, { backupDir: null });
  return db;
}

const heldFlags = (db: Database.Database) =>
  Object.fromEntries((db.prepare('SELECT action_id AS id, held FROM action_state ORDER BY action_id').all() as { id: string; held: number }[]).map((r) => [r.id, r.held]));

describe('migration 005: held actions', () => {
  it('marks the actions of draft and for-approval meetings as held, not those of planned or cancelled ones', async () => {
    const db = await versionFourWithActions();
    expect(heldFlags(db)).toEqual({ x0: 0, x1: 1, x2: 1, x3: 0 });
  });

  it('follows a meeting that starts, is approved or is cancelled, and a new action', async () => {
    const db = await versionFourWithActions();
    db.exec("UPDATE meetings SET status = 'draft' WHERE id = 'm0'");
    db.exec("UPDATE meetings SET status = 'cancelled' WHERE id = 'm1'");
    db.exec(`UPDATE meetings SET status = 'approved', approved_at = '${at}', approved_by_name = 'Sara', approved_copy = '{}' WHERE id = 'm2'`);
    expect(heldFlags(db)).toEqual({ x0: 1, x1: 0, x2: 1, x3: 0 });
    db.exec(`INSERT INTO actions (id, decision_id, position, title, owner_group_id, due_date, created_at, updated_at) VALUES ('x4', 'd0', 2, 'Till', 'g1', '2026-05-01', '${at}', '${at}')`);
    expect(heldFlags(db).x4).toBe(1);
  });
});
