// The core as the adapters see it: open a data folder, call contract methods, close.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from './db/open.ts';
import { appVersion } from './appInfo.ts';
import { createDispatcher, type ApiCaller } from './api/dispatcher.ts';
import { createHandlers } from './api/handlers.ts';
import { createContext, type Actor, type ServiceContext } from './services/context.ts';

export type Core = {
  dataDir: string;
  call: ApiCaller;
  /** For the CLI and tests that need the services directly (e.g. demo data). */
  context: ServiceContext;
  db: Database.Database;
  close(): void;
};

export type CoreOptions = {
  dataDir: string;
  appVersion?: string;
  /** Check every result against the contract's output schema (default on; see README). */
  validateOutput?: boolean;
  now?: () => Date;
  actor?: Actor;
  onInternalError?: (method: string, error: unknown) => void;
};

export const databaseFileName = 'protokollet.sqlite';

export async function openCore(options: CoreOptions): Promise<Core> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const { db } = await openDatabase(path.join(options.dataDir, databaseFileName), {
    backupDir: path.join(options.dataDir, 'backups'),
    now: options.now?.(),
  });
  const context = createContext(db, { now: options.now, actor: options.actor });
  const handlers = createHandlers(context, { version: options.appVersion ?? appVersion, dataDir: options.dataDir });
  const call = createDispatcher(handlers, {
    validateOutput: options.validateOutput ?? true,
    onInternalError: options.onInternalError ?? ((method, error) => console.error(`[protokollet] ${method} failed:`, error)),
  });
  return { dataDir: options.dataDir, call, context, db, close: () => db.close() };
}
