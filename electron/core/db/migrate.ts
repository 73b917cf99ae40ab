// Schema migrations, versioned with PRAGMA user_version. Each migration runs in its own
// transaction together with the version bump, so a failure leaves the previous version intact.
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { backupDatabase } from './backup.ts';
import type { Migration } from './migrations/types.ts';

export type MigrationReport = { from: number; to: number; backupFile: string | null };

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export async function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  options: { backupDir: string | null; now?: Date },
): Promise<MigrationReport> {
  const from = schemaVersion(db);
  const latest = migrations.length;
  if (from > latest) throw new AppError('CONFLICT', errorText.databaseTooNew(from, latest));
  if (from === latest) return { from, to: from, backupFile: null };

  // A database that already holds data is copied before its schema is touched.
  const backupFile = from > 0 && options.backupDir ? await backupDatabase(db, options.backupDir, `before-v${latest}`, options.now) : null;

  for (const migration of migrations.slice(from)) {
    const apply = db.transaction(() => {
      db.exec(migration.sql);
      // user_version cannot be bound as a parameter; the value is our own integer.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    });
    apply();
  }
  return { from, to: latest, backupFile };
}
