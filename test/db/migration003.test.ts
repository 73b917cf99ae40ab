// Migration 3: each action's current state (action_state) kept by triggers and backfilled from
// the history of an existing database; the follow-up and group columns it adds.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/core/db/migrate.ts';
import { migration001 } from '../../electron/core/db/migrations/001_core_schema.ts';
import { migration002 } from '../../electron/core/db/migrations/002_protocol_lock.ts';
import { latestSchemaVersion, migrations } from '../../electron/core/db/migrations/index.ts';
import { applyPragmas } from '../../electron/core/db/open.ts';
import { openTestCore, tempDir } from '../helpers/core.ts';

const at = '2026-01-01T00:00:00.000Z';
type State = { status: string; due_date: string; owner_person_id: string | null; last_progress_on: string | null; closed_on: string | null; follow_up_count: number };
const state = (db: Database.Database, id: string) =>
  db.prepare('SELECT status, due_date, owner_person_id, last_progress_on, closed_on, follow_up_count FROM action_state WHERE action_id = ?').get(id) as State;

async function versionTwoWithHistory(): Promise<Database.Database> {
  const db = new Database(':memory:');
  applyPragmas(db);
  await migrate(db, [migration001, migration002], { backupDir: null });
  db.exec(`
    INSERT INTO organisations VALUES ('o1', 'Socialförvaltningen', 'socialförvaltningen', NULL, 'administration', '${at}', '${at}');
    INSERT INTO people VALUES ('p1', 'Anna Berg', NULL, NULL, NULL, 'o1', '${at}', '${at}');
    INSERT INTO people VALUES ('p2', 'Bo Ek', NULL, NULL, NULL, 'o1', '${at}', '${at}');
    INSERT INTO groups (id, name, name_key, kind, created_at, updated_at) VALUES ('g1', 'Styrgruppen', 'styrgruppen', 'steering', '${at}', '${at}');
    INSERT INTO meetings (id, group_id, date, kind, status, created_at, updated_at) VALUES ('m1', 'g1', '2026-01-10', 'protocol', 'draft', '${at}', '${at}');
    INSERT INTO agenda_items (id, meeting_id, position, title, kind, section_number, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Ärende', 'matter', 1, '${at}', '${at}');
    INSERT INTO decisions VALUES ('d1', 'a1', 1, 'Styrgruppen beslutar att …', 'decision', '${at}', '${at}');
    INSERT INTO actions (id, decision_id, position, title, owner_person_id, owner_organisation_id, due_date, created_at, updated_at)
      VALUES ('x1', 'd1', 1, 'Plan', 'p1', 'o1', '2026-02-01', '${at}', '${at}'), ('x2', 'd1', 2, 'Rapport', 'p1', 'o1', '2026-06-01', '${at}', '${at}');
    -- Recorded out of insertion order: the backfill replays by date.
    INSERT INTO follow_ups (id, action_id, date, status, note, new_due_date, new_owner_person_id, new_owner_organisation_id, recorded_by_name, created_at)
      VALUES ('f2', 'x1', '2026-03-01', 'done', 'Klar.', NULL, NULL, NULL, 'Sara', '${at}'),
             ('f1', 'x1', '2026-02-01', 'in_progress', NULL, '2026-03-15', 'p2', 'o1', 'Sara', '${at}'),
             ('f3', 'x2', '2026-02-01', 'not_started', NULL, NULL, NULL, NULL, 'Sara', '${at}');
  `);
  await migrate(db, migrations, { backupDir: null });
  return db;
}

describe('migration 003: follow-through', () => {
  it('backfills every action’s state from its history, in date order', async () => {
    const db = await versionTwoWithHistory();
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(state(db, 'x1')).toEqual({ status: 'done', due_date: '2026-03-15', owner_person_id: 'p2', last_progress_on: '2026-03-01', closed_on: '2026-03-01', follow_up_count: 2 });
    // An entry that changed nothing is not progress.
    expect(state(db, 'x2')).toEqual({ status: 'not_started', due_date: '2026-06-01', owner_person_id: 'p1', last_progress_on: null, closed_on: null, follow_up_count: 1 });
    expect(db.prepare("SELECT stale_after_carries AS s, coverage_warning_months AS c FROM groups WHERE id = 'g1'").get()).toEqual({ s: 3, c: 6 });
  });

  it('keeps the state in step with inserts and deletes, and with a draft meeting moved to another day', async () => {
    const db = await versionTwoWithHistory();
    db.prepare("DELETE FROM follow_ups WHERE id = 'f2'").run();
    expect(state(db, 'x1')).toMatchObject({ status: 'in_progress', due_date: '2026-03-15', closed_on: null, follow_up_count: 1, last_progress_on: '2026-02-01' });
    db.prepare("DELETE FROM follow_ups WHERE id = 'f1'").run();
    expect(state(db, 'x1')).toEqual({ status: 'not_started', due_date: '2026-02-01', owner_person_id: 'p1', last_progress_on: null, closed_on: null, follow_up_count: 0 });
    db.prepare("UPDATE actions SET due_date = '2026-02-20' WHERE id = 'x1'").run();
    expect(state(db, 'x1').due_date).toBe('2026-02-20');
    db.prepare("UPDATE meetings SET date = '2026-01-12' WHERE id = 'm1'").run();
    expect(db.prepare("SELECT decided_on AS d FROM action_state WHERE action_id = 'x1'").get()).toEqual({ d: '2026-01-12' });
    db.prepare("DELETE FROM actions WHERE id = 'x2'").run();
    expect(db.prepare("SELECT count(*) AS n FROM action_state WHERE action_id = 'x2'").get()).toEqual({ n: 0 });
  });

  it('agrees with a replay of the history for every action of the demo data', async () => {
    const core = await openTestCore({ dataDir: tempDir() });
    try {
      await core.value('demo.load', { seed: 3, today: '2026-03-10' });
      const actions = core.db.prepare('SELECT id, due_date AS dueDate, owner_person_id AS person FROM actions').all() as { id: string; dueDate: string; person: string | null }[];
      const history = core.db.prepare('SELECT status, new_due_date AS due, date FROM follow_ups WHERE action_id = ? ORDER BY date, created_at, rowid');
      expect(actions.length).toBeGreaterThan(20);
      for (const action of actions) {
        const entries = history.all(action.id) as { status: string; due: string | null; date: string }[];
        const last = entries.at(-1);
        const expected = {
          status: last?.status ?? 'not_started',
          due_date: entries.reduce((due, e) => e.due ?? due, action.dueDate),
          closed_on: last && (last.status === 'done' || last.status === 'cancelled') ? last.date : null,
          follow_up_count: entries.length,
        };
        expect(state(core.db, action.id)).toMatchObject(expected);
      }
    } finally {
      core.close();
    }
  });
});
