// What every service needs: the connection, a clock, ids, and who is acting.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors.ts';
import { stockholmToday } from '../../../shared/domain/dates.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { appendChange, type ChangeLogEntry } from '../repositories/changeLog.ts';
import { getSetting } from '../repositories/settings.ts';
import type { Db } from '../repositories/sql.ts';

export type Actor = { name: string; title: string | null };

export type ServiceContext = {
  db: Db;
  now: () => Date;
  newId: () => string;
  /** Overrides the stored user, e.g. for demo data written from the CLI. */
  actorOverride?: Actor;
};

export function createContext(db: Db, options: { now?: () => Date; actor?: Actor } = {}): ServiceContext {
  return { db, now: options.now ?? (() => new Date()), newId: randomUUID, actorOverride: options.actor };
}

export const timestamp = (ctx: ServiceContext): string => ctx.now().toISOString();
export const today = (ctx: ServiceContext): string => stockholmToday(ctx.now());

/** The user who acts: every change is recorded with their name and title. */
export function currentActor(ctx: ServiceContext): Actor {
  if (ctx.actorOverride) return ctx.actorOverride;
  const name = getSetting(ctx.db, 'user.name');
  if (!name) throw new AppError('CONFLICT', errorText.userMissing);
  return { name, title: getSetting(ctx.db, 'user.title') };
}

/**
 * Runs a change and its change-log entries in one transaction. A write the database refuses
 * because the protocol is approved becomes a LOCKED error.
 */
export function write<T>(ctx: ServiceContext, change: (log: (entry: Pick<ChangeLogEntry, 'entity' | 'entityId' | 'operation' | 'data'>) => void) => T): T {
  const actor = currentActor(ctx);
  const at = timestamp(ctx);
  const log = (entry: Pick<ChangeLogEntry, 'entity' | 'entityId' | 'operation' | 'data'>) =>
    appendChange(ctx.db, { ...entry, at, actorName: actor.name, actorTitle: actor.title });
  try {
    return ctx.db.transaction(() => change(log))();
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('LOCKED')) throw new AppError('LOCKED', errorText.meetingLocked);
    throw error;
  }
}

export function notFound(message: string): AppError {
  return new AppError('NOT_FOUND', message);
}
