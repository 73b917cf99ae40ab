// Migration 2: content hash and correction reason columns, the redaction log, and lock triggers
// for every part of an approved protocol, with the one controlled bypass for redaction.
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/core/db/migrate.ts';
import { migration001 } from '../../electron/core/db/migrations/001_core_schema.ts';
import { migration002 } from '../../electron/core/db/migrations/002_protocol_lock.ts';
import { applyPragmas } from '../../electron/core/db/open.ts';

let db: Database.Database;
const at = '2026-01-01T00:00:00.000Z';

beforeEach(async () => {
  db = new Database(':memory:');
  applyPragmas(db);
  // Data written at version 1 survives the upgrade.
  await migrate(db, [migration001], { backupDir: null });
  db.exec(`
    INSERT INTO organisations VALUES ('o1', 'Socialförvaltningen', 'socialförvaltningen', NULL, 'administration', '${at}', '${at}');
    INSERT INTO people VALUES ('p1', 'Anna Berg', 'Förvaltningschef', NULL, NULL, 'o1', '${at}', '${at}');
    INSERT INTO groups (id, name, name_key, kind, created_at, updated_at) VALUES ('g1', 'Styrgruppen', 'styrgruppen', 'steering', '${at}', '${at}');
    INSERT INTO meetings (id, group_id, date, kind, status, created_at, updated_at) VALUES ('m1', 'g1', '2026-02-01', 'protocol', 'draft', '${at}', '${at}');
    INSERT INTO agenda_items (id, meeting_id, position, title, kind, section_number, created_at, updated_at) VALUES ('a1', 'm1', 1, 'Ärende', 'matter', 1, '${at}', '${at}');
    INSERT INTO basis_documents VALUES ('b1', 'a1', 1, 'Rapport', 'SN 2026/1');
    INSERT INTO decisions VALUES ('d1', 'a1', 1, 'Styrgruppen beslutar att …', 'decision', '${at}', '${at}');
    INSERT INTO decision_recipients (decision_id, organisation_id) VALUES ('d1', 'o1');
    INSERT INTO attendance (id, meeting_id, person_id, status) VALUES ('t1', 'm1', 'p1', 'present');
    INSERT INTO meeting_adjusters VALUES ('m1', 'p1', 1);
    INSERT INTO other_attendees VALUES ('x1', 'm1', 'Eva Strand', 'Jurist', NULL, 1);
    INSERT INTO other_attendee_items VALUES ('x1', 'a1');
    INSERT INTO change_log (at, actor_name, entity, entity_id, operation, data) VALUES ('${at}', 'Sara Lind', 'meeting', 'm1', 'create', '{}');
  `);
  await migrate(db, [migration001, migration002], { backupDir: null });
  db.prepare("UPDATE meetings SET status = 'approved', approved_at = ?, approved_by_name = 'Sara Lind', approved_copy = '{}' WHERE id = 'm1'").run(at);
});

const run = (sql: string) => () => db.prepare(sql).run();

describe('migration 002: protocol lock', () => {
  it('upgrades a version 1 database in place and keeps its data', () => {
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare("SELECT title FROM agenda_items WHERE id = 'a1'").get()).toEqual({ title: 'Ärende' });
    const meetingColumns = db.prepare("SELECT name FROM pragma_table_info('meetings')").all().map((r) => (r as { name: string }).name);
    expect(meetingColumns).toContain('approved_copy_hash');
    const correctionColumns = db.prepare("SELECT name FROM pragma_table_info('corrections')").all().map((r) => (r as { name: string }).name);
    expect(correctionColumns).toContain('reason');
  });

  it.each([
    ['basis documents', "UPDATE basis_documents SET title = 'Ändrad'", "INSERT INTO basis_documents VALUES ('b2', 'a1', 2, 'Ny', NULL)", "DELETE FROM basis_documents"],
    ['recipients', "UPDATE decision_recipients SET organisation_id = 'o1'", "INSERT INTO decision_recipients (decision_id, group_id) VALUES ('d1', 'g1')", 'DELETE FROM decision_recipients'],
    ['adjusters', 'UPDATE meeting_adjusters SET position = 2', "INSERT INTO meeting_adjusters VALUES ('m1', 'p1', 2)", 'DELETE FROM meeting_adjusters'],
    ['others present', "UPDATE other_attendees SET name = 'Ändrad'", "INSERT INTO other_attendees VALUES ('x2', 'm1', 'Ny', NULL, NULL, 2)", 'DELETE FROM other_attendees'],
    ['their items', "UPDATE other_attendee_items SET agenda_item_id = 'a1'", "INSERT INTO other_attendee_items VALUES ('x1', 'a1')", 'DELETE FROM other_attendee_items'],
    ['agenda items', "UPDATE agenda_items SET title = 'Ändrad'", "INSERT INTO agenda_items (id, meeting_id, position, title, kind, created_at, updated_at) VALUES ('a2', 'm1', 2, 'Ny', 'matter', '', '')", 'DELETE FROM agenda_items'],
    ['decisions', "UPDATE decisions SET text = 'Ändrad'", "INSERT INTO decisions VALUES ('d2', 'a1', 2, 'Ny', 'decision', '', '')", 'DELETE FROM decisions'],
    ['attendance', "UPDATE attendance SET status = 'absent'", "INSERT INTO attendance (id, meeting_id, person_id, status) VALUES ('t2', 'm1', 'p1', 'present')", 'DELETE FROM attendance'],
  ])('locks the %s of an approved meeting', (_what, update, insert, remove) => {
    expect(run(update)).toThrow(/LOCKED/);
    expect(run(insert)).toThrow(/LOCKED/);
    expect(run(remove)).toThrow(/LOCKED/);
  });

  it('refuses to move an item into an approved meeting', () => {
    db.exec(`INSERT INTO meetings (id, group_id, date, kind, status, created_at, updated_at) VALUES ('m2', 'g1', '2026-03-01', 'protocol', 'draft', '${at}', '${at}');
      INSERT INTO agenda_items (id, meeting_id, position, title, kind, created_at, updated_at) VALUES ('a9', 'm2', 1, 'Ärende', 'matter', '${at}', '${at}');`);
    expect(run("UPDATE agenda_items SET meeting_id = 'm1', position = 5 WHERE id = 'a9'")).toThrow(/LOCKED/);
  });

  it('lets a redaction session through, and only inside it', () => {
    const redact = db.transaction(() => {
      db.prepare('INSERT INTO redaction_session (id) VALUES (1)').run();
      db.prepare("UPDATE agenda_items SET title = '[uppgift borttagen]' WHERE id = 'a1'").run();
      db.prepare("UPDATE meetings SET approved_copy = '{\"redacted\":true}' WHERE id = 'm1'").run();
      db.prepare("UPDATE change_log SET data = '{\"redacted\":true}'").run();
      db.prepare('DELETE FROM redaction_session').run();
    });
    redact();
    expect(db.prepare("SELECT title FROM agenda_items WHERE id = 'a1'").get()).toEqual({ title: '[uppgift borttagen]' });
    expect(run("UPDATE agenda_items SET title = 'Igen'")).toThrow(/LOCKED/);
    expect(run("UPDATE change_log SET data = '{}'")).toThrow(/append-only/);
    // Deleting is never allowed, not even while redacting.
    db.prepare('INSERT INTO redaction_session (id) VALUES (1)').run();
    expect(run('DELETE FROM change_log')).toThrow(/append-only/);
    expect(run("DELETE FROM meetings WHERE id = 'm1'")).toThrow(/LOCKED/);
  });

  it('allows at most one redaction session row', () => {
    db.prepare('INSERT INTO redaction_session (id) VALUES (1)').run();
    expect(run('INSERT INTO redaction_session (id) VALUES (2)')).toThrow(/CHECK/);
  });
});
