// Översikt: what the group lead shows an auditor — open, overdue and closed actions by
// organisation and by owner, how long actions take to close, the oldest open ones, decisions
// that lack an action or a recipient, how well the latest meeting followed up, coverage of the
// mandates and goals, and a twelve-month trend. Counting is the repository's (SQL); this service
// adds today's date, sums the owners' counts into organisations and totals, names and order.
import {
  decisionListLimit,
  type CoverageSummary,
  type Dashboard,
  type FollowUpRate,
  type OrganisationFigures,
  type ParsedInput,
  type RegisterCoverage,
  type TrendMonth,
} from '../../../shared/contract/index.ts';
import { isOverdue } from '../../../shared/domain/actions.ts';
import { daysBetween } from '../../../shared/domain/dates.ts';
import * as repo from '../repositories/dashboard.ts';
import { today, type ServiceContext } from './context.ts';
import { requireGroup } from './groups.ts';
import { registerCoverage } from './registersCoverage.ts';

const oldestLimit = 10;
const trendMonths = 12;
// One collator for every comparison: the same order as localeCompare(b, 'sv'), without building one each time.
const byName = new Intl.Collator('sv').compare;

/** The calendar months ending with today's, oldest first: first day, last day, and the day overdue is counted on. */
export function trailingMonths(day: string, count: number): { month: string; from: string; to: string; asOf: string }[] {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const first = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    const [from, to] = [first, last].map((d) => d.toISOString().slice(0, 10)) as [string, string];
    return { month: from.slice(0, 7), from, to, asOf: to < day ? to : day };
  });
}

type Counts = { open: number; overdue: number; done: number; cancelled: number };

function sumCounts(rows: readonly Counts[]): Counts {
  return rows.reduce((sum, r) => ({ open: sum.open + r.open, overdue: sum.overdue + r.overdue, done: sum.done + r.done, cancelled: sum.cancelled + r.cancelled }), {
    open: 0,
    overdue: 0,
    done: 0,
    cancelled: 0,
  });
}

/** The owners' counts summed by the owner's organisation (null: owned by a group), in the order of its id. */
function countsByOrganisation(owners: readonly repo.OwnerCountRow[]): OrganisationFigures[] {
  const byId = new Map<string | null, { name: string | null; rows: repo.OwnerCountRow[] }>();
  for (const row of owners) {
    const entry = byId.get(row.organisationId) ?? { name: row.organisationName, rows: [] };
    entry.rows.push(row);
    byId.set(row.organisationId, entry);
  }
  return [...byId]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([organisationId, { name, rows }]) => {
      const sum = sumCounts(rows);
      return { organisationId, organisationName: name, open: sum.open, overdue: sum.overdue, closed: sum.done + sum.cancelled };
    });
}

function followUpRates(ctx: ServiceContext, groupId: string | null): FollowUpRate[] {
  return repo
    .followUpAtLatestMeetings(ctx.db, groupId)
    .map((row) => ({ ...row, rate: row.openAtStart === 0 ? null : row.followedUp / row.openAtStart }))
    .sort((a, b) => byName(a.groupName, b.groupName));
}

function summariseCoverage(coverage: RegisterCoverage): CoverageSummary {
  const { mandates, goals } = coverage;
  return {
    mandates: mandates.length,
    monitoredMandates: mandates.filter((m) => m.monitored).length,
    mandatesNotTreated: mandates.filter((m) => m.warnings.notTreated).length,
    reportBackSoon: mandates.filter((m) => m.warnings.reportBackSoon).length,
    reportBackPassed: mandates.filter((m) => m.warnings.reportBackPassed).length,
    goals: goals.length,
    monitoredGoals: goals.filter((g) => g.monitored).length,
    goalsNotTreated: goals.filter((g) => g.warnings.notTreated).length,
  };
}

function trend(ctx: ServiceContext, groupId: string | null, day: string): TrendMonth[] {
  const months = trailingMonths(day, trendMonths);
  const { opened, closed } = repo.openedAndClosedByMonth(ctx.db, groupId, months[0]!.from, months[months.length - 1]!.to);
  const overdue = repo.overdueOnDays(ctx.db, groupId, months.map((m) => m.asOf));
  return months.map(({ month, asOf }) => ({
    month,
    opened: opened.get(month) ?? 0,
    closed: closed.get(month) ?? 0,
    overdueAtMonthEnd: overdue.get(asOf) ?? 0,
    asOf,
  }));
}

export function dashboard(ctx: ServiceContext, input: ParsedInput<'dashboard.get'>): Dashboard {
  const groupId = input.groupId ?? null;
  if (groupId) requireGroup(ctx, groupId);
  const day = today(ctx);
  const owners = repo.countsByOwner(ctx.db, groupId, day);
  const totals = sumCounts(owners);

  // Organisations by name; actions owned by a group (no organisation) last.
  const byOrganisation = countsByOrganisation(owners).sort((a, b) =>
    a.organisationName === null ? 1 : b.organisationName === null ? -1 : byName(a.organisationName, b.organisationName),
  );

  const byOwner = owners
    .map((row) => ({
      ownerKind: row.personId ? ('person' as const) : ('group' as const),
      ownerId: (row.personId ?? row.ownerGroupId)!,
      ownerName: (row.personName ?? row.ownerGroupName)!,
      organisationName: row.personId ? row.organisationName : null,
      open: row.open,
      overdue: row.overdue,
      closed: row.done + row.cancelled,
    }))
    .sort((a, b) => byName(a.ownerName, b.ownerName) || byName(a.organisationName ?? '', b.organisationName ?? ''));

  const oldestOpenActions = repo.oldestOpenActions(ctx.db, groupId, oldestLimit).map(({ personName, ownerGroupName, organisationName, ...row }) => ({
    ...row,
    ownerName: (personName ?? ownerGroupName)!,
    organisationName: personName ? organisationName : null,
    overdue: isOverdue(row.dueDate, row.status, day),
    ageDays: daysBetween(row.decidedOn, day),
  }));

  const followUpByGroup = followUpRates(ctx, groupId);
  const measured = followUpByGroup.reduce((sum, g) => sum + g.openAtStart, 0);
  const coverage = registerCoverage(ctx, groupId ? { groupId } : {});

  return {
    today: day,
    groupId,
    openActions: totals.open,
    overdueActions: totals.overdue,
    closedActions: totals.done + totals.cancelled,
    doneActions: totals.done,
    cancelledActions: totals.cancelled,
    medianDaysToClosure: repo.medianDaysToClosure(ctx.db, groupId),
    byOrganisation,
    byOwner,
    oldestOpenActions,
    decisionsWithoutAction: repo.decisionsLacking(ctx.db, 'action', groupId, decisionListLimit),
    decisionsWithoutRecipient: repo.decisionsLacking(ctx.db, 'recipient', groupId, decisionListLimit),
    followUpRate: measured === 0 ? null : followUpByGroup.reduce((sum, g) => sum + g.followedUp, 0) / measured,
    followUpByGroup,
    coverage,
    coverageSummary: summariseCoverage(coverage),
    trend: trend(ctx, groupId, day),
  };
}
