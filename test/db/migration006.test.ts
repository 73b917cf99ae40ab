// Migration 6: what the dashboard reads instead of every row — per decision whether it counts and
// lacks an action or a recipient (decision_state), per action its first follow-up, first closing
// follow-up, whether a new due date was set and the days to closure — backfilled for an existing
// database and kept in step by triggers.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/core/db/migrate.ts';
import { latestSchemaVersion, migrations } from '../../electron/core/db/migrations/index.ts';
import { applyPragmas } from '../../electron/core/db/open.ts';

const at = '2026-01-01T00:00:00.000Z';

/**
 * Styrgruppen: m1 (draft, 2026-01-10) with a matter deciding d1 (an action x1, sent to o1) and d2
 * (nothing), information d3, and d4 under the adjusters item; m2 (planned) with d5. x1 was followed
 * up in progress with a new due date, then done; x2 (of d5) never.
 */
async function versionFiveWithRecords(): Promise<Database.Database> {
  const db = new Database(':memory:');
  applyPragmas(db);
  await migrate(db, migrations.slice(0, 5), { backupDir: null });
  db.exec(`
    INSERT INTO organisations VALUES ('o1', 'Socialförvaltningen', 'socialförvaltningen', NULL, 'administration', '${at}', '${at}');
    INSERT INTO groups (id, name, name_key, kind, created_at, updated_at) VALUES ('g1', 'Styrgruppen', 'styrgruppen', 'steering', '${at}', '${at}');
    INSERT INTO meetings (id, group_id, date, kind, status, created_at, updated_at) VALUES
      ('m1', 'g1', '2026-01-10', 'protocol', 'draft', '${at}', '${at}'), ('m2', 'g1', '2026-04-10', 'protocol', 'planned', '${at}', '${at}');
    INSERT INTO agenda_items (id, meeting_id, position, title, kind, section_number, created_at, updated_at) VALUES
      ('a1', 'm1', 1, 'Justering', 'adjusters', 1, '${at}', '${at}'), ('a2', 'm1', 2, 'Lokaler', 'matter', 2, '${at}', '${at}'),
      ('a3', 'm2', 1, 'Budget', 'matter', NULL, '${at}', '${at}');
    INSERT INTO decisions VALUES
      ('d4', 'a1', 1, 'Styrgruppen utser justerare.', 'decision', '${at}', '${at}'),
      ('d1', 'a2', 1, 'Styrgruppen beslutar att se över lokalerna.', 'decision', '${at}', '${at}'),
      ('d2', 'a2', 2, 'Styrgruppen beslutar att avvakta.', 'decision', '${at}', '${at}'),
      ('d3', 'a2', 3, 'Styrgruppen noterar informationen.', 'information', '${at}', '${at}'),
      ('d5', 'a3', 1, 'Styrgruppen beslutar att budgeten ses över.', 'decision', '${at}', '${at}');
    INSERT INTO decision_recipients VALUES ('d1', 'o1', NULL);
    INSERT INTO actions (id, decision_id, position, title, owner_group_id, due_date, created_at, updated_at) VALUES
      ('x1', 'd1', 1, 'Se över lokalerna', 'g1', '2026-02-01', '${at}', '${at}'), ('x2', 'd5', 1, 'Se över budgeten', 'g1', '2026-05-01', '${at}', '${at}');
    INSERT INTO follow_ups (id, action_id, date, status, note, new_due_date, recorded_by_name, created_at) VALUES
      ('f1', 'x1', '2026-02-05', 'in_progress', NULL, '2026-03-01', 'Sara', '${at}'), ('f2', 'x1', '2026-03-05', 'done', 'Klart.', NULL, 'Sara', '${at}');
  `);
  await migrate(db, migrations, { backupDir: null });
  return db;
}

type DecisionState = { meeting_id: string; group_id: string; meeting_date: string; counted: number; has_action: number; has_recipient: number };
const decisionState = (db: Database.Database, id: string) =>
  db.prepare('SELECT meeting_id, group_id, meeting_date, counted, has_action, has_recipient FROM decision_state WHERE decision_id = ?').get(id) as DecisionState;
const history = (db: Database.Database, id: string) =>
  db.prepare('SELECT first_follow_up_on, first_closed_on, due_changed, days_to_closure FROM action_state WHERE action_id = ?').get(id);

describe('migration 006: dashboard figures', () => {
  it('backfills every decision: counted when a decision proper under a matter of a held meeting, and what it lacks', async () => {
    const db = await versionFiveWithRecords();
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(decisionState(db, 'd1')).toEqual({ meeting_id: 'm1', group_id: 'g1', meeting_date: '2026-01-10', counted: 1, has_action: 1, has_recipient: 1 });
    expect(decisionState(db, 'd2')).toMatchObject({ counted: 1, has_action: 0, has_recipient: 0 });
    // Information, a standing item, and a meeting not yet held: none counts.
    for (const id of ['d3', 'd4', 'd5']) expect(decisionState(db, id).counted, id).toBe(0);
    expect(decisionState(db, 'd5')).toMatchObject({ meeting_id: 'm2', meeting_date: '2026-04-10', has_action: 1 });
  });

  it('backfills each action’s follow-up facts, and the days to closure', async () => {
    const db = await versionFiveWithRecords();
    // 2026-01-10 → 2026-03-05 is 54 days.
    expect(history(db, 'x1')).toEqual({ first_follow_up_on: '2026-02-05', first_closed_on: '2026-03-05', due_changed: 1, days_to_closure: 54 });
    expect(history(db, 'x2')).toEqual({ first_follow_up_on: null, first_closed_on: null, due_changed: 0, days_to_closure: null });
  });

  it('keeps decision_state in step with actions, recipients, decisions, items and meetings', async () => {
    const db = await versionFiveWithRecords();
    const run = (sql: string) => db.prepare(sql).run();
    run(`INSERT INTO actions (id, decision_id, position, title, owner_group_id, due_date, created_at, updated_at) VALUES ('x3', 'd2', 1, 'Avvakta', 'g1', '2026-06-01', '${at}', '${at}')`);
    run("INSERT INTO decision_recipients VALUES ('d2', 'o1', NULL)");
    expect(decisionState(db, 'd2')).toMatchObject({ has_action: 1, has_recipient: 1 });
    run("DELETE FROM actions WHERE id = 'x3'");
    run("DELETE FROM decision_recipients WHERE decision_id = 'd2'");
    expect(decisionState(db, 'd2')).toMatchObject({ has_action: 0, has_recipient: 0 });

    run("UPDATE decisions SET type = 'position' WHERE id = 'd2'");
    expect(decisionState(db, 'd2').counted).toBe(0);
    run("UPDATE decisions SET type = 'decision' WHERE id = 'd2'");
    run("UPDATE agenda_items SET kind = 'other_matters' WHERE id = 'a2'");
    expect(decisionState(db, 'd2').counted).toBe(1);
    run("UPDATE agenda_items SET kind = 'next_meeting' WHERE id = 'a2'");
    expect(decisionState(db, 'd2').counted).toBe(0);
    run("UPDATE agenda_items SET kind = 'matter' WHERE id = 'a2'");

    // Moved to another day, cancelled; the planned meeting is started.
    run("UPDATE meetings SET date = '2026-01-12' WHERE id = 'm1'");
    expect(decisionState(db, 'd1')).toMatchObject({ meeting_date: '2026-01-12', counted: 1 });
    run("UPDATE meetings SET status = 'cancelled' WHERE id = 'm1'");
    expect([decisionState(db, 'd1').counted, decisionState(db, 'd2').counted]).toEqual([0, 0]);
    run("UPDATE meetings SET status = 'draft' WHERE id = 'm2'");
    expect(decisionState(db, 'd5').counted).toBe(1);

    run("DELETE FROM decisions WHERE id = 'd2'");
    expect(db.prepare("SELECT count(*) AS n FROM decision_state WHERE decision_id = 'd2'").get()).toEqual({ n: 0 });
    run(`INSERT INTO decisions VALUES ('d6', 'a3', 2, 'Styrgruppen beslutar att anta budgeten.', 'decision', '${at}', '${at}')`);
    expect(decisionState(db, 'd6')).toEqual({ meeting_id: 'm2', group_id: 'g1', meeting_date: '2026-04-10', counted: 1, has_action: 0, has_recipient: 0 });
  });

  it('keeps the follow-up facts in step as follow-ups are recorded and withdrawn', async () => {
    const db = await versionFiveWithRecords();
    const record = (id: string, date: string, status: string, newDue: string | null) =>
      db
        .prepare("INSERT INTO follow_ups (id, action_id, date, status, note, new_due_date, recorded_by_name, created_at) VALUES (?, 'x2', ?, ?, 'Notering.', ?, 'Sara', ?)")
        .run(id, date, status, newDue, at);
    record('f3', '2026-04-20', 'in_progress', null);
    expect(history(db, 'x2')).toMatchObject({ first_follow_up_on: '2026-04-20', first_closed_on: null, due_changed: 0 });
    record('f4', '2026-05-20', 'cancelled', null);
    record('f5', '2026-06-20', 'in_progress', '2026-09-01');
    expect(history(db, 'x2')).toMatchObject({ first_follow_up_on: '2026-04-20', first_closed_on: '2026-05-20', due_changed: 1, days_to_closure: null });
    db.prepare("DELETE FROM follow_ups WHERE id = 'f5'").run();
    // Cancelled 2026-05-20, decided 2026-04-10: 40 days.
    expect(history(db, 'x2')).toEqual({ first_follow_up_on: '2026-04-20', first_closed_on: '2026-05-20', due_changed: 0, days_to_closure: 40 });
    db.prepare("UPDATE follow_ups SET status = 'in_progress' WHERE id = 'f4'").run();
    expect(history(db, 'x2')).toMatchObject({ first_closed_on: null });
  });
});
