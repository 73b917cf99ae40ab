// Migration 9: an action's closing date is the day it closed. A later entry with the same closed
// status — the deciding group confirming the closure in its protocol — leaves it; withdrawing the
// confirmation leaves it; reopening clears it and closing again dates it anew. A database at
// version 8 whose closing dates a confirmation had moved gets them back.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate.ts';
import { migrations } from '../../electron/core/db/migrations/index.ts';
import { applyPragmas } from '../../electron/core/db/open.ts';

const at = '2026-01-01T00:00:00.000Z';

async function withAction(upTo = migrations.length): Promise<Database.Database> {
  const db = new Database(':memory:');
  applyPragmas(db);
  await migrate(db, migrations.slice(0, upTo), { backupDir: null });
  db.exec(`
    INSERT INTO groups (id, name, name_key, kind, created_at, updated_at) VALUES ('g1', 'Styrgruppen', 'styrgruppen', 'steering', '${at}', '${at}');
    INSERT INTO meetings (id, group_id, date, kind, status, created_at, updated_at) VALUES ('m1', 'g1', '2026-01-10', 'protocol', 'draft', '${at}', '${at}');
    INSERT INTO agenda_items (id, meeting_id, position, title, kind, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Ärende', 'matter', '${at}', '${at}');
    INSERT INTO decisions VALUES ('d1', 'a1', 1, 'Beslut', 'decision', '${at}', '${at}');
    INSERT INTO actions (id, decision_id, position, title, owner_group_id, due_date, created_at, updated_at) VALUES ('x1', 'd1', 1, 'Uppdrag', 'g1', '2026-05-01', '${at}', '${at}');`);
  return db;
}

let entries = 0;
function record(db: Database.Database, date: string, status: string): string {
  const id = `f${++entries}`;
  db.prepare(
    `INSERT INTO follow_ups (id, action_id, date, status, note, recorded_by_name, created_at) VALUES (?, 'x1', ?, ?, 'Anteckning', 'Sara Lind', ?)`,
  ).run(id, date, status, `${date}T10:00:00.000Z`);
  return id;
}

const state = (db: Database.Database) =>
  db.prepare("SELECT status, closed_on AS closedOn, days_to_closure AS days, first_closed_on AS firstClosedOn FROM action_state WHERE action_id = 'x1'").get();

describe('migration 009: the closing date', () => {
  it('stays on the day the action closed when the closure is confirmed, and when the confirmation is withdrawn', async () => {
    const db = await withAction();
    record(db, '2026-02-01', 'in_progress');
    record(db, '2026-03-01', 'done');
    const confirmation = record(db, '2026-04-15', 'done');
    expect(state(db)).toEqual({ status: 'done', closedOn: '2026-03-01', days: 50, firstClosedOn: '2026-03-01' });
    db.prepare('DELETE FROM follow_ups WHERE id = ?').run(confirmation);
    expect(state(db)).toMatchObject({ status: 'done', closedOn: '2026-03-01' });
  });

  it('is cleared when the action is reopened, and dated anew when it closes again', async () => {
    const db = await withAction();
    record(db, '2026-03-01', 'done');
    const reopened = record(db, '2026-04-01', 'in_progress');
    expect(state(db)).toMatchObject({ status: 'in_progress', closedOn: null, days: null });
    record(db, '2026-05-01', 'cancelled');
    const confirmation = record(db, '2026-06-01', 'cancelled');
    expect(state(db)).toMatchObject({ status: 'cancelled', closedOn: '2026-05-01', firstClosedOn: '2026-03-01' });
    db.prepare('DELETE FROM follow_ups WHERE id = ?').run(confirmation);
    db.prepare("DELETE FROM follow_ups WHERE date = '2026-05-01'").run();
    expect(state(db)).toMatchObject({ status: 'in_progress', closedOn: null });
    db.prepare('DELETE FROM follow_ups WHERE id = ?').run(reopened);
    expect(state(db)).toMatchObject({ status: 'done', closedOn: '2026-03-01' });
  });

  it('gives a version-8 database back the closing dates a confirmation had moved', async () => {
    const db = await withAction(8);
    record(db, '2026-03-01', 'done');
    record(db, '2026-04-15', 'done');
    expect(state(db)).toMatchObject({ closedOn: '2026-04-15' });
    await migrate(db, migrations, { backupDir: null });
    expect(state(db)).toMatchObject({ status: 'done', closedOn: '2026-03-01', days: 50 });
    record(db, '2026-05-20', 'done');
    expect(state(db)).toMatchObject({ closedOn: '2026-03-01' });
  });
});
