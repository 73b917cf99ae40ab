// Fills an empty database with a fictional but realistic year of steering-group work, so the
// app can be tried and demonstrated. Deterministic: the same seed and "today" give the same
// content and dates (only ids and record timestamps differ). One transaction: all or nothing.
import { AppError } from '../../../shared/contract/index.ts';
import { addDays, isValidIsoDate, stockholmToday } from '../../../shared/domain/dates.ts';
import { standingItemKinds } from '../../../shared/domain/agenda.ts';
import { standingItemTitle } from '../../../shared/i18n/sv/agenda.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { validationText } from '../../../shared/i18n/sv/validation.ts';
import { countGroups, insertGroup, replaceAgendaTemplate } from '../repositories/groups.ts';
import { countMeetings } from '../repositories/meetings.ts';
import { insertMembership } from '../repositories/memberships.ts';
import { insertOrganisation, listOrganisations } from '../repositories/organisations.ts';
import { insertPerson, listPeople } from '../repositories/people.ts';
import { insertGoal, insertMandate, insertMandateAssignee } from '../repositories/registers.ts';
import { getUser } from '../services/app.ts';
import { timestamp, write, type Actor, type ServiceContext } from '../services/context.ts';
import { goals, mandates, type GoalKey, type MandateKey } from './content/registers.ts';
import { groups, memberships, organisations, people, type GroupKey, type OrgKey, type PersonKey, type YearDate } from './content/setup.ts';
import { writeHeldMeeting, writeUnheldMeeting } from './meetings.ts';
import { createRandom } from './random.ts';
import { scheduleMeetings } from './schedule.ts';
import type { DemoState } from './state.ts';

export const demoActor: Actor = { name: 'Protokollet demodata', title: null };

export type DemoOptions = { seed: number; today?: string };
export type DemoSummary = { groups: number; meetings: number };

/** Demo data goes only into a database without groups, meetings, organisations or people. */
export function isEmptyForDemo(ctx: ServiceContext): boolean {
  return countGroups(ctx.db) === 0 && countMeetings(ctx.db) === 0 && listOrganisations(ctx.db).length === 0 && listPeople(ctx.db).length === 0;
}

const keyed = <K extends string>(entries: [K, string][]): Record<K, string> => Object.fromEntries(entries) as Record<K, string>;

export function loadDemoData(ctx: ServiceContext, options: DemoOptions): DemoSummary {
  const today = options.today ?? stockholmToday(ctx.now());
  if (!isValidIsoDate(today)) throw new AppError('VALIDATION', validationText.invalidDate, [{ path: 'today', message: validationText.invalidDate }]);
  if (!isEmptyForDemo(ctx)) throw new AppError('CONFLICT', errorText.demoNotEmpty);

  // Recorded as the user when one is set; otherwise as the demo itself.
  const actorCtx: ServiceContext = { ...ctx, actorOverride: ctx.actorOverride ?? (getUser(ctx) ? undefined : demoActor) };
  return write(actorCtx, (log) => {
    const { db, newId } = ctx;
    const at = timestamp(ctx);
    const year = Number(today.slice(0, 4));
    const yearDate = (d: YearDate | null) => (d ? `${year + d[0]}-${d[1]}` : null);
    log({ entity: 'demo', entityId: 'demo', operation: 'create', data: { seed: options.seed, today } });

    const orgId = keyed<OrgKey>(organisations.map((o) => [o.key, newId()]));
    for (const o of organisations) {
      const row = { name: o.name, shortName: o.shortName, kind: o.kind };
      insertOrganisation(db, orgId[o.key], row, at);
      log({ entity: 'organisation', entityId: orgId[o.key], operation: 'create', data: row });
    }

    const personId = keyed<PersonKey>(people.map((p) => [p.key, newId()]));
    for (const p of people) {
      const row = { name: p.name, title: p.title, email: p.email, phone: p.phone, organisationId: orgId[p.org] };
      insertPerson(db, personId[p.key], row, at);
      log({ entity: 'person', entityId: personId[p.key], operation: 'create', data: row });
    }

    const groupId = keyed<GroupKey>(groups.map((g) => [g.key, newId()]));
    const template = standingItemKinds.map((kind) => ({ kind, title: standingItemTitle[kind] }));
    for (const g of groups) {
      const row = { name: g.name, shortName: g.shortName, kind: g.kind, description: g.description, parentGroupId: g.parent ? groupId[g.parent] : null };
      insertGroup(db, groupId[g.key], row, at);
      replaceAgendaTemplate(db, groupId[g.key], template, newId);
      log({ entity: 'group', entityId: groupId[g.key], operation: 'create', data: row });
    }

    const state: DemoState = {
      db,
      at,
      newId,
      rng: createRandom(options.seed),
      today,
      log,
      orgId,
      orgName: keyed<OrgKey>(organisations.map((o) => [o.key, o.name])),
      personId,
      groupId,
      mandateId: keyed<MandateKey>(mandates.map((m) => [m.key, newId()])),
      goalId: keyed<GoalKey>(goals.map((g) => [g.key, newId()])),
      groups,
      memberships: [],
      openActions: [],
      matterCursor: { styrgrupp: 0, omlott: 0, narvaro: 0 },
      nextSection: new Map(),
    };

    for (const m of memberships) {
      const org = m.org ?? people.find((p) => p.key === m.person)?.org;
      if (!org) throw new Error(`demo person ${m.person} missing`);
      const row = { groupId: groupId[m.group], personId: personId[m.person], organisationId: orgId[org], role: m.role, validFrom: yearDate(m.from), validTo: yearDate(m.to) };
      const id = newId();
      insertMembership(db, id, row, at);
      log({ entity: 'membership', entityId: id, operation: 'create', data: row });
      state.memberships.push({ group: m.group, person: m.person, org, role: m.role, validFrom: row.validFrom, validTo: row.validTo });
    }

    for (const m of mandates) {
      const row = {
        id: state.mandateId[m.key],
        title: m.title,
        description: m.description,
        source: m.source(year),
        reportBackDate: m.reportBackInDays === null ? null : addDays(today, m.reportBackInDays),
        reportBackTo: m.reportBackTo,
        status: m.status,
      };
      insertMandate(db, row, at);
      m.assignees.forEach((org) => insertMandateAssignee(db, row.id, orgId[org]));
      log({ entity: 'mandate', entityId: row.id, operation: 'create', data: { ...row, assignees: m.assignees.map((org) => orgId[org]) } });
    }
    for (const g of goals) {
      const row = {
        id: state.goalId[g.key],
        title: g.title,
        description: g.description,
        indicator: g.indicator,
        target: g.target,
        periodStart: yearDate(g.periodStart),
        periodEnd: yearDate(g.periodEnd),
        source: g.source(year),
      };
      insertGoal(db, row, at);
      log({ entity: 'goal', entityId: row.id, operation: 'create', data: row });
    }

    let meetingCount = 0;
    for (const group of groups) {
      const schedule = scheduleMeetings(group.schedule, today, state.rng);
      const lastPast = schedule.filter((m) => m.date < today).length - 1;
      const cancelled = group.cancelledFromEnd > 0 && lastPast - group.cancelledFromEnd >= 1 ? lastPast - group.cancelledFromEnd : -1;
      let previous: { id: string; date: string } | null = null;
      let held = 0;
      schedule.forEach((meeting, index) => {
        meetingCount++;
        if (index > lastPast) writeUnheldMeeting(state, group, meeting, 'planned');
        else if (index === cancelled) writeUnheldMeeting(state, group, meeting, 'cancelled');
        else {
          const status = index === lastPast ? group.latestStatus : 'approved';
          const id = writeHeldMeeting(state, group, meeting, { status, previous, next: schedule[index + 1] ?? null, forceSubstitute: held === 1 });
          previous = { id, date: meeting.date };
          held++;
        }
      });
    }
    return { groups: groups.length, meetings: meetingCount };
  });
}
