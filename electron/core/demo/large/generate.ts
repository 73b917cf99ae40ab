// The large demo data set: twenty years of fifty groups (about 8,000 meetings, 40,000 decisions,
// 100,000 actions and 200,000 follow-ups) for measuring how the app copes with a long history.
// Deterministic: the same seed and "today" give the same rows, ids and timestamps included.
// Written into a fresh database in one transaction with the triggers active, so lock rules,
// action_state and the search index come out as the app itself would leave them.
import { AppError } from '../../../../shared/contract/index.ts';
import { addDays, isValidIsoDate } from '../../../../shared/domain/dates.ts';
import { standingItemKinds } from '../../../../shared/domain/agenda.ts';
import { standingItemTitle } from '../../../../shared/i18n/sv/agenda.ts';
import { errorText } from '../../../../shared/i18n/sv/errors.ts';
import { validationText } from '../../../../shared/i18n/sv/validation.ts';
import { approvedMeetingWithMostItems, beginBulkLoad, countRows, createBulkWriter, deferIndexes, endBulkLoad } from '../../repositories/bulkLoad.ts';
import { appendChange } from '../../repositories/changeLog.ts';
import { countGroups, insertGroup, replaceAgendaTemplate } from '../../repositories/groups.ts';
import { countMeetings } from '../../repositories/meetings.ts';
import { insertMembership } from '../../repositories/memberships.ts';
import { insertOrganisation, listOrganisations } from '../../repositories/organisations.ts';
import { insertPerson, listPeople } from '../../repositories/people.ts';
import { insertGoal, insertMandate, insertMandateAssignee } from '../../repositories/registers.ts';
import type { Db } from '../../repositories/sql.ts';
import { demoActor } from '../loadDemo.ts';
import { createRandom } from '../random.ts';
import { areas, planGroups, themes } from './groups.ts';
import { createIdSource } from './ids.ts';
import { planSeats, seatCursor } from './members.ts';
import { writeHeldMeeting, writePlannedMeeting, type HeldMeeting, type HeldStatus } from './meetings.ts';
import { createPeople, organisations } from './organisations.ts';
import { planRegisters } from './registers.ts';
import { planSchedule, scheduleMeetings, type ScheduledMeeting } from './schedule.ts';
import type { GroupRun, LoadState } from './state.ts';

export { benchmarkTerms } from './vocabulary.ts';

export type LargeDemoOptions = {
  seed: number;
  today: string;
  /** Defaults give the full data set; tests pass smaller sizes. */
  years?: number;
  groups?: number;
  people?: number;
};

export type LargeDemoSummary = ReturnType<typeof countRows>;

export const largeDemoSize = { years: 20, groups: 50, people: 360 } as const;

const places = (area: string) => [
  'Stadshuset, sal Kärnan',
  `Familjecentralen ${area}, samlingsrummet`,
  `Stadsdelskontoret ${area}, konferensrum 2`,
  'Digitalt via Teams',
  'Socialförvaltningen, konferensrum Linden',
];

function isEmpty(db: Db): boolean {
  return countGroups(db) === 0 && countMeetings(db) === 0 && listOrganisations(db).length === 0 && listPeople(db).length === 0;
}

/** The status of each past meeting: the latest one or two may still be drafts or awaiting approval. */
function heldStatuses(rng: LoadState['rng'], count: number): HeldStatus[] {
  const statuses: HeldStatus[] = Array.from({ length: count }, () => 'approved');
  const roll = rng.next();
  if (count >= 1 && roll < 0.7) statuses[count - 1] = roll < 0.4 ? 'draft' : 'for_approval';
  if (count >= 2 && statuses[count - 1] !== 'approved' && rng.chance(0.25)) statuses[count - 2] = 'for_approval';
  return statuses;
}

/** Fills an empty database; returns the row counts. */
export function generateLargeDemo(db: Db, options: LargeDemoOptions): LargeDemoSummary {
  const { seed, today } = options;
  if (!isValidIsoDate(today)) throw new AppError('VALIDATION', validationText.invalidDate, [{ path: 'today', message: validationText.invalidDate }]);
  if (!isEmpty(db)) throw new AppError('CONFLICT', errorText.demoNotEmpty);
  const years = options.years ?? largeDemoSize.years;
  const groupCount = options.groups ?? largeDemoSize.groups;
  const peopleCount = options.people ?? largeDemoSize.people;

  beginBulkLoad(db);
  try {
    db.transaction(() => {
      const recreateIndexes = deferIndexes(db);
      load(db, { seed, today, years, groupCount, peopleCount });
      recreateIndexes();
    })();
  } finally {
    endBulkLoad(db);
  }
  return countRows(db);
}

function load(db: Db, o: { seed: number; today: string; years: number; groupCount: number; peopleCount: number }): void {
  const rng = createRandom(o.seed);
  const newId = createIdSource(o.seed);
  const start = addDays(o.today, -Math.round(o.years * 365.25));
  const setupAt = `${start}T08:00:00.000Z`;

  const orgIds = new Map(organisations.map((org) => [org.key, newId()]));
  for (const org of organisations) insertOrganisation(db, orgIds.get(org.key)!, { name: org.name, shortName: org.shortName, kind: org.kind }, setupAt);

  const people = createPeople(rng, o.peopleCount);
  const personIds = people.map(() => newId());
  people.forEach((p, i) => insertPerson(db, personIds[i]!, { name: p.name, title: p.title, email: p.email, phone: p.phone, organisationId: orgIds.get(p.org.key)! }, setupAt));

  const plans = planGroups(o.groupCount);
  const groupIds = plans.map(() => newId());
  const template = standingItemKinds.map((kind) => ({ kind, title: standingItemTitle[kind] }));
  plans.forEach((plan, i) => {
    const parentGroupId = plan.parentIndex === null ? null : groupIds[plan.parentIndex]!;
    insertGroup(db, groupIds[i]!, { name: plan.name, shortName: plan.shortName, kind: plan.theme.kind, description: plan.theme.description(plan.area), parentGroupId }, setupAt);
    replaceAgendaTemplate(db, groupIds[i]!, template, newId);
  });

  const registers = planRegisters(rng, newId, start, o.today);
  for (const { assignees, ...mandate } of registers.mandates) {
    insertMandate(db, mandate, setupAt);
    assignees.forEach((org) => insertMandateAssignee(db, mandate.id, orgIds.get(org)!));
  }
  for (const goal of registers.goals) insertGoal(db, goal, setupAt);

  const state: LoadState = {
    db,
    write: createBulkWriter(db),
    rng,
    newId,
    today: o.today,
    people,
    personIds,
    orgIds,
    orgNames: new Map(organisations.map((org) => [orgIds.get(org.key)!, org.name])),
    groupIds,
    groupNames: new Map(plans.map((plan, i) => [groupIds[i]!, plan.name])),
    registers: registers.plans,
    matterCount: 0,
  };
  const reviewYear = Number(o.today.slice(0, 4)) - 1;

  type Entry = { group: GroupRun } & ({ held: true; meeting: HeldMeeting } | { held: false; meeting: ScheduledMeeting });
  const entries: Entry[] = [];
  plans.forEach((plan, index) => {
    const seats = planSeats(rng, plan, people, start, o.today);
    for (const seat of seats) {
      for (const tenure of seat.tenures) {
        insertMembership(
          db,
          newId(),
          { groupId: groupIds[index]!, personId: personIds[tenure.person]!, organisationId: orgIds.get(seat.org)!, role: seat.role, validFrom: tenure.from, validTo: tenure.to },
          setupAt,
        );
      }
    }
    const group: GroupRun = {
      index,
      plan,
      id: groupIds[index]!,
      holdersOn: seatCursor(seats),
      organisationNames: [...new Set(seats.map((s) => state.orgNames.get(orgIds.get(s.org)!)!))],
      sectionYear: 0,
      nextSection: 1,
      pending: [],
      previous: null,
    };
    const schedule = scheduleMeetings(rng, planSchedule(rng, places(plan.area)), start, o.today);
    const held = schedule.filter((m) => m.date < o.today);
    const statuses = heldStatuses(rng, held.length);
    // The first group's last meeting of the previous year is a long review: one § per topic.
    const review = index === 0 ? held.map((m) => m.date.slice(0, 4)).lastIndexOf(String(reviewYear)) : -1;
    if (review >= 0) statuses[review] = 'approved';
    held.forEach((meeting, i) =>
      entries.push({ group, held: true, meeting: { ...meeting, status: statuses[i]!, next: schedule[i + 1] ?? null, review: i === review } }),
    );
    schedule.slice(held.length).forEach((meeting) => entries.push({ group, held: false, meeting }));
  });

  // All groups' meetings in date order, as a real database fills up (search numbers its
  // documents in creation order and lists the newest first by that number).
  entries.sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : a.group.index - b.group.index));
  for (const entry of entries) {
    if (entry.held) writeHeldMeeting(state, entry.group, entry.meeting);
    else writePlannedMeeting(state, entry.group, entry.meeting);
  }

  appendChange(db, {
    at: `${o.today}T08:00:00.000Z`,
    actorName: demoActor.name,
    actorTitle: demoActor.title,
    entity: 'demo',
    entityId: 'demo',
    operation: 'create',
    data: { scale: 'large', seed: o.seed, today: o.today, years: o.years, groups: o.groupCount, areas: areas.length, themes: themes.length },
  });
}

/** The id of the review meeting with forty agenda items (for benchmarking a long protocol's export). */
export function findLongReviewMeeting(db: Db): string | undefined {
  return approvedMeetingWithMostItems(db)?.id;
}
