// What the demo writer keeps while it fills the database: ids by content key, the memberships
// it created, and the actions that are still open and will be followed up at later meetings.
import type { ActionStatus, MembershipRole } from '../../../shared/contract/index.ts';
import type { ActionOwner } from '../repositories/actions.ts';
import type { ChangeLogEntry } from '../repositories/changeLog.ts';
import type { Db } from '../repositories/sql.ts';
import type { GoalKey, MandateKey } from './content/registers.ts';
import type { GroupKey, GroupSetup, OrgKey, PersonKey } from './content/setup.ts';
import type { Random } from './random.ts';

export type DemoMembership = {
  group: GroupKey;
  person: PersonKey;
  org: OrgKey;
  role: MembershipRole;
  validFrom: string | null;
  validTo: string | null;
};

export type OpenAction = {
  id: string;
  group: GroupKey;
  decidedOn: string;
  due: string;
  status: ActionStatus;
  stuck: boolean;
  followUps: number;
  owner: ActionOwner;
};

export type Log = (entry: Pick<ChangeLogEntry, 'entity' | 'entityId' | 'operation' | 'data'>) => void;

export type DemoState = {
  db: Db;
  /** The instant every record is stamped with (created_at, updated_at). */
  at: string;
  newId: () => string;
  rng: Random;
  today: string;
  log: Log;
  orgId: Record<OrgKey, string>;
  orgName: Record<OrgKey, string>;
  personId: Record<PersonKey, string>;
  groupId: Record<GroupKey, string>;
  mandateId: Record<MandateKey, string>;
  goalId: Record<GoalKey, string>;
  groups: readonly GroupSetup[];
  memberships: DemoMembership[];
  openActions: OpenAction[];
  /** How many of each group's matters have been used. */
  matterCursor: Record<GroupKey, number>;
  /** The next § number per group and calendar year ("groupKey:year"). */
  nextSection: Map<string, number>;
};

/** Memberships of the group valid on the date. */
export function membershipsOn(state: DemoState, group: GroupKey, date: string): DemoMembership[] {
  return state.memberships.filter((m) => m.group === group && (!m.validFrom || m.validFrom <= date) && (!m.validTo || m.validTo >= date));
}

export function takeSectionNumber(state: DemoState, group: GroupKey, date: string): number {
  const key = `${group}:${date.slice(0, 4)}`;
  const next = state.nextSection.get(key) ?? 1;
  state.nextSection.set(key, next + 1);
  return next;
}
