// Opens (and creates) the database file with explicit pragmas, then migrates it.
import Database from 'better-sqlite3';
import { migrate, type MigrationReport } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { assertSupportedRuntime } from './runtime.ts';

export type OpenedDatabase = { db: Database.Database; migration: MigrationReport };

export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL'); // readers never block the writer; survives a killed process
  db.pragma('synchronous = FULL'); // a committed write is on disk before "Sparat" shows
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('trusted_schema = OFF');
  db.pragma('temp_store = MEMORY');
}

export async function openDatabase(file: string, options: { backupDir: string | null; now?: Date }): Promise<OpenedDatabase> {
  assertSupportedRuntime();
  const db = new Database(file);
  try {
    applyPragmas(db);
    const migration = await migrate(db, migrations, options);
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}
