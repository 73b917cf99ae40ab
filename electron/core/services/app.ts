import type { AppStatus, ParsedInput, User } from '../../../shared/contract/index.ts';
import { schemaVersion } from '../db/migrate.ts';
import { getSetting, setSetting } from '../repositories/settings.ts';
import { countGroups } from '../repositories/groups.ts';
import { countMeetings } from '../repositories/meetings.ts';
import { today, write, type ServiceContext } from './context.ts';

export function getUser(ctx: ServiceContext): User | null {
  const name = getSetting(ctx.db, 'user.name');
  return name ? { name, title: getSetting(ctx.db, 'user.title') ?? '' } : null;
}

export function isEmptyDatabase(ctx: ServiceContext): boolean {
  return countGroups(ctx.db) === 0 && countMeetings(ctx.db) === 0;
}

export function appStatus(ctx: ServiceContext, info: { version: string; dataDir: string }): AppStatus {
  return { ...info, schemaVersion: schemaVersion(ctx.db), user: getUser(ctx), isEmpty: isEmptyDatabase(ctx), today: today(ctx) };
}

/** The user's name and title sign extracts and every change-log entry. */
export function setUser(ctx: ServiceContext, input: ParsedInput<'user.set'>): User {
  // The first time there is no actor yet: the user records themselves.
  const actorCtx = getUser(ctx) ? ctx : { ...ctx, actorOverride: { name: input.name, title: input.title } };
  return write(actorCtx, (log) => {
    setSetting(ctx.db, 'user.name', input.name);
    setSetting(ctx.db, 'user.title', input.title);
    log({ entity: 'settings', entityId: 'user', operation: 'update', data: input });
    return { name: input.name, title: input.title };
  });
}
