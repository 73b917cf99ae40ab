import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

/**
 * Copies the live database with SQLite's online backup API (consistent even while in use).
 * Returns the backup file's path.
 */
export async function backupDatabase(db: Database.Database, backupDir: string, label: string, now: Date = new Date()): Promise<string> {
  fs.mkdirSync(backupDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = path.join(backupDir, `protokollet-${label}-${stamp}.sqlite`);
  await db.backup(file);
  return file;
}
