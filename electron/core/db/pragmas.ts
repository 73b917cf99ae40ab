// The connection settings every open of the database file gets (and a bulk load returns to).
import type Database from 'better-sqlite3';

export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL'); // readers never block the writer; survives a killed process
  db.pragma('synchronous = FULL'); // a committed write is on disk before "Sparat" shows
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('trusted_schema = OFF');
  db.pragma('temp_store = MEMORY');
  // 64 MiB instead of SQLite's 2 MiB: twenty years of records are ~1 GB, and a report or the
  // overview joins thousands of rows spread over it. Pages are allocated only as they are read.
  db.pragma('cache_size = -65536');
}
