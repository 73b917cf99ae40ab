// What the large-demo writer keeps while it fills the database: the prepared writer, the seeded
// streams, ids of the setup rows, and per group its seats, § numbering and open actions.
import type { ActionStatus } from '../../../../shared/contract/index.ts';
import type { BulkWriter } from '../../repositories/bulkLoad.ts';
import type { Db } from '../../repositories/sql.ts';
import type { Random } from '../random.ts';
import type { GroupPlan } from './groups.ts';
import type { SeatHolder } from './members.ts';
import type { PersonSetup } from './organisations.ts';
import type { RegisterPlan } from './registers.ts';
import type { TextContext } from './text.ts';

export type LoadState = {
  db: Db;
  /** Names by id, as the approved copies show them. */
  orgNames: ReadonlyMap<string, string>;
  groupNames: ReadonlyMap<string, string>;
  write: BulkWriter;
  rng: Random;
  newId: () => string;
  today: string;
  people: readonly PersonSetup[];
  personIds: readonly string[];
  orgIds: ReadonlyMap<string, string>;
  groupIds: readonly string[];
  registers: readonly RegisterPlan[];
  /** Matters written so far (the rare word goes into every rareEvery-th). */
  matterCount: number;
};

/** An action still followed up at the group's meetings, and how its follow-up will go. */
export type PendingAction = {
  id: string;
  title: string;
  text: TextContext;
  /** Where it was decided: the meeting's date, the item's § and the positions, for the approved copies. */
  decidedOn: string;
  decidedInSection: number;
  order: readonly [string, number, number, number];
  due: string;
  /** A week before the due date: from then on a follow-up may set a new one. */
  dueSoon: string;
  status: ActionStatus;
  /** Follow-ups still to come; the last one leaves `final`. */
  remaining: number;
  final: 'done' | 'cancelled' | 'open';
  followUps: number;
};

export type GroupRun = {
  index: number;
  plan: GroupPlan;
  id: string;
  /** The seat holders on a date (dates must not decrease between calls). */
  holdersOn: (date: string) => SeatHolder[];
  /** Names of the organisations in the group, for the text. */
  organisationNames: readonly string[];
  sectionYear: number;
  nextSection: number;
  pending: PendingAction[];
  previous: { id: string; date: string } | null;
};

export function takeSection(group: GroupRun, date: string): number {
  const year = Number(date.slice(0, 4));
  if (year !== group.sectionYear) {
    group.sectionYear = year;
    group.nextSection = 1;
  }
  return group.nextSection++;
}
