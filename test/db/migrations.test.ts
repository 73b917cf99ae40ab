import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, databaseFileName } from '../../electron/core/core.ts';
import { migrate, schemaVersion } from '../../electron/core/db/migrate.ts';
import { migrations, latestSchemaVersion } from '../../electron/core/db/migrations/index.ts';
import { applyPragmas, openDatabase } from '../../electron/core/db/open.ts';
import type { Migration } from '../../electron/core/db/migrations/types.ts';
import { tempDir } from '../helpers/core.ts';

const opened: Database.Database[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.open && db.close()));

async function freshDatabase(dir = tempDir()) {
  const { db, migration } = await openDatabase(path.join(dir, databaseFileName), { backupDir: path.join(dir, 'backups') });
  opened.push(db);
  return { db, migration, dir };
}

describe('opening a database', () => {
  it('creates the schema at the latest version with the pragmas set', async () => {
    const { db, migration } = await freshDatabase();
    expect(migration).toEqual({ from: 0, to: latestSchemaVersion, backupFile: null });
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  });

  it('makes every table STRICT (FTS5 tables and their shadow tables are SQLite’s own)', async () => {
    const { db } = await freshDatabase();
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE name IN (SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table') AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(20);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT$/);
  });

  it('refuses a database written by a newer version of the app, and leaves it untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, databaseFileName);
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
    raw.close();
    await expect(openCore({ dataDir: dir })).rejects.toThrow(/Uppdatera Protokollet/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    check.close();
  });

  it('is idempotent: reopening runs no migration and makes no backup', async () => {
    const { db, dir } = await freshDatabase();
    db.close();
    const again = await freshDatabase(dir);
    expect(again.migration).toEqual({ from: latestSchemaVersion, to: latestSchemaVersion, backupFile: null });
  });
});

describe('the migration runner', () => {
  const addNotes: Migration = { version: 2, name: 'test: notes', sql: 'CREATE TABLE test_notes (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT;' };
  const broken: Migration = { version: 2, name: 'test: broken', sql: 'CREATE TABLE half_done (id TEXT) STRICT; INSERT INTO no_such_table VALUES (1);' };

  async function databaseAtVersion1() {
    const dir = tempDir();
    const db = new Database(path.join(dir, 'db.sqlite'));
    opened.push(db);
    applyPragmas(db);
    await migrate(db, migrations.slice(0, 1), { backupDir: path.join(dir, 'backups') });
    db.prepare("INSERT INTO settings (key, value) VALUES ('user.name', 'Sara Lind')").run();
    return { db, dir };
  }

  it('backs up an existing database with the online backup API before migrating', async () => {
    const { db, dir } = await databaseAtVersion1();
    const report = await migrate(db, [...migrations.slice(0, 1), addNotes], { backupDir: path.join(dir, 'backups') });
    expect(report.from).toBe(1);
    expect(report.to).toBe(2);
    expect(report.backupFile).not.toBeNull();
    const backup = new Database(report.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare("SELECT value FROM settings WHERE key = 'user.name'").get()).toEqual({ value: 'Sara Lind' });
    backup.close();
    expect(schemaVersion(db)).toBe(2);
  });

  it('rolls a failing migration back completely and keeps the old version', async () => {
    const { db, dir } = await databaseAtVersion1();
    await expect(migrate(db, [...migrations.slice(0, 1), broken], { backupDir: path.join(dir, 'backups') })).rejects.toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()).toBeUndefined();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });
});
