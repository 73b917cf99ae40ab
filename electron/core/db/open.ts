// Opens (and creates) the database file with explicit pragmas, then migrates it.
import Database from 'better-sqlite3';
import { migrate, type MigrationReport } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { applyPragmas } from './pragmas.ts';
import { assertSupportedRuntime } from './runtime.ts';

export { applyPragmas };

export type OpenedDatabase = { db: Database.Database; migration: MigrationReport };

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
