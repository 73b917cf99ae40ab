// Migration 1: the rules the schema itself enforces, independent of the services.
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate.ts';
import { migration001 } from '../../electron/core/db/migrations/001_core_schema.ts';
import { applyPragmas } from '../../electron/core/db/open.ts';

let db: Database.Database;
const at = '2026-01-01T00:00:00.000Z';

beforeEach(async () => {
  db = new Database(':memory:');
  applyPragmas(db);
  await migrate(db, [migration001], { backupDir: null });
  db.exec(`
    INSERT INTO organisations VALUES ('o1', 'Socialförvaltningen', 'socialförvaltningen', NULL, 'administration', '${at}', '${at}');
    INSERT INTO people VALUES ('p1', 'Anna Berg', 'Förvaltningschef', NULL, NULL, 'o1', '${at}', '${at}');
    INSERT INTO groups (id, name, name_key, kind, created_at, updated_at) VALUES ('g1', 'Styrgruppen', 'styrgruppen', 'steering', '${at}', '${at}');
    INSERT INTO meetings (id, group_id, date, kind, status, created_at, updated_at) VALUES ('m1', 'g1', '2026-02-01', 'protocol', 'draft', '${at}', '${at}');
    INSERT INTO agenda_items (id, meeting_id, position, title, kind, section_number, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Mötets öppnande', 'opening', 1, '${at}', '${at}');
    INSERT INTO decisions VALUES ('d1', 'a1', 1, 'Styrgruppen beslutar att …', 'decision', '${at}', '${at}');
  `);
});

const insertAction = (owner: { person?: string; org?: string; group?: string }) =>
  db
    .prepare('INSERT INTO actions (id, decision_id, position, title, owner_person_id, owner_organisation_id, owner_group_id, due_date, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)')
    .run(crypto.randomUUID(), 'd1', 'Ta fram en plan', owner.person ?? null, owner.org ?? null, owner.group ?? null, '2026-03-01', at, at);

describe('migration 001: core schema', () => {
  it('requires an action owner that can be named: a person with organisation, or a group', () => {
    expect(() => insertAction({ person: 'p1', org: 'o1' })).not.toThrow();
    expect(() => insertAction({ group: 'g1' })).not.toThrow();
    expect(() => insertAction({ person: 'p1' })).toThrow(/CHECK/);
    expect(() => insertAction({})).toThrow(/CHECK/);
  });

  it('enforces foreign keys', () => {
    expect(() => db.prepare("INSERT INTO memberships (id, group_id, person_id, organisation_id, role, created_at, updated_at) VALUES ('x', 'g1', 'nobody', 'o1', 'member', ?, ?)").run(at, at)).toThrow(/FOREIGN KEY/);
  });

  it('rejects values of the wrong type (STRICT) and unknown codes', () => {
    expect(() => db.prepare("UPDATE agenda_items SET section_number = 'tre' WHERE id = 'a1'").run()).toThrow(/cannot store TEXT value in INTEGER/);
    expect(() => db.prepare("UPDATE meetings SET status = 'done' WHERE id = 'm1'").run()).toThrow(/CHECK/);
  });

  it('keeps the change log append-only', () => {
    db.prepare("INSERT INTO change_log (at, actor_name, entity, entity_id, operation) VALUES (?, 'Sara Lind', 'meeting', 'm1', 'create')").run(at);
    expect(() => db.prepare("UPDATE change_log SET actor_name = 'Någon annan'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM change_log').run()).toThrow(/append-only/);
  });

  it('cannot approve a meeting without who approved it, when, and the frozen copy', () => {
    expect(() => db.prepare("UPDATE meetings SET status = 'approved' WHERE id = 'm1'").run()).toThrow(/CHECK/);
  });

  it('locks an approved protocol and its items, decisions, actions and attendance', () => {
    insertAction({ group: 'g1' });
    db.prepare("UPDATE meetings SET status = 'approved', approved_at = ?, approved_by_name = 'Sara Lind', approved_copy = '{}' WHERE id = 'm1'").run(at);
    expect(() => db.prepare("UPDATE meetings SET place = 'Stadshuset' WHERE id = 'm1'").run()).toThrow(/LOCKED/);
    expect(() => db.prepare("DELETE FROM meetings WHERE id = 'm1'").run()).toThrow(/LOCKED/);
    expect(() => db.prepare("UPDATE agenda_items SET title = 'Ändrad' WHERE id = 'a1'").run()).toThrow(/LOCKED/);
    expect(() => db.prepare("INSERT INTO agenda_items (id, meeting_id, position, title, kind, created_at, updated_at) VALUES ('a2', 'm1', 2, 'Ny', 'matter', ?, ?)").run(at, at)).toThrow(/LOCKED/);
    expect(() => db.prepare("UPDATE decisions SET text = 'Ändrad' WHERE id = 'd1'").run()).toThrow(/LOCKED/);
    expect(() => db.prepare("UPDATE actions SET title = 'Ändrad'").run()).toThrow(/LOCKED/);
    expect(() => db.prepare("INSERT INTO attendance (id, meeting_id, person_id, status) VALUES ('t1', 'm1', 'p1', 'present')").run()).toThrow(/LOCKED/);
    // Follow-ups are not part of the protocol: work on an action goes on after approval.
    const actionId = (db.prepare('SELECT id FROM actions').get() as { id: string }).id;
    expect(() => db.prepare("INSERT INTO follow_ups (id, action_id, date, status, recorded_by_name, created_at) VALUES ('f1', ?, '2026-03-01', 'in_progress', 'Sara Lind', ?)").run(actionId, at)).not.toThrow();
  });

  it('requires a note to close an action', () => {
    insertAction({ group: 'g1' });
    const actionId = (db.prepare('SELECT id FROM actions').get() as { id: string }).id;
    expect(() => db.prepare("INSERT INTO follow_ups (id, action_id, date, status, recorded_by_name, created_at) VALUES ('f1', ?, '2026-03-01', 'done', 'Sara Lind', ?)").run(actionId, at)).toThrow(/CHECK/);
  });
});
