// Coverage of the registers: when each mandate and goal was last treated in a held meeting (of one
// group, or of any group), and the warnings a group lead must act on — not treated within the
// group's set period (groups.coverage_warning_months), or an active mandate's report-back date near
// or passed. Dates are Europe/Stockholm calendar dates.
import { reportBackWarningDays, type CoverageWarnings, type GoalCoverage, type MandateCoverage, type ParsedInput, type RegisterCoverage, type Treatment } from '../../../shared/contract/index.ts';
import { daysBetween } from '../../../shared/domain/dates.ts';
import * as repo from '../repositories/registers.ts';
import { today, type ServiceContext } from './context.ts';
import { requireGroup } from './groups.ts';
import { listGoals, listMandates } from './registers.ts';

/** The column's default (migration 003), for a database without groups. */
const defaultPeriodMonths = 6;

/** The same day `months` earlier; the 31st becomes the last day of a shorter month. */
export function monthsBefore(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

type Treated = { last: Treatment; meetings: number; latestByGroup: Map<string, string> };

/** Per mandate ('m:id') and goal ('g:id'): the latest treatment and how often it was treated. */
function summarise(rows: readonly repo.TreatmentRow[]): Map<string, Treated> {
  const byKey = new Map<string, { rows: repo.TreatmentRow[]; meetings: Set<string>; latestByGroup: Map<string, string> }>();
  for (const row of rows) {
    const key = row.mandateId ? `m:${row.mandateId}` : `g:${row.goalId ?? ''}`;
    const entry = byKey.get(key) ?? { rows: [], meetings: new Set<string>(), latestByGroup: new Map<string, string>() };
    entry.rows.push(row);
    entry.meetings.add(row.meetingId);
    if (!entry.latestByGroup.has(row.groupId)) entry.latestByGroup.set(row.groupId, row.date); // rows come newest first
    byKey.set(key, entry);
  }
  const result = new Map<string, Treated>();
  for (const [key, { rows: treated, meetings, latestByGroup }] of byKey) {
    const first = treated[0]!;
    const sectionNumbers = [...new Set(treated.filter((r) => r.meetingId === first.meetingId && r.sectionNumber !== null).map((r) => r.sectionNumber!))].sort((a, b) => a - b);
    const last = { date: first.date, groupId: first.groupId, groupName: first.groupName, meetingId: first.meetingId, sectionNumbers };
    result.set(key, { last, meetings: meetings.size, latestByGroup });
  }
  return result;
}

export function registerCoverage(ctx: ServiceContext, input: ParsedInput<'registers.coverage'>): RegisterCoverage {
  const groupId = input.groupId ?? null;
  if (groupId) requireGroup(ctx, groupId);
  const day = today(ctx);
  const periods = new Map(repo.coveragePeriods(ctx.db, groupId).map((p) => [p.groupId, p.months]));
  const distinct = [...new Set(periods.values())];
  const periodMonths = distinct.length === 0 ? defaultPeriodMonths : distinct.length === 1 ? distinct[0]! : null;
  const treated = summarise(repo.listTreatments(ctx.db, groupId));

  /** Treated by some group within that group's own set period. */
  const recentlyTreated = (t: Treated | undefined) =>
    !!t && [...t.latestByGroup].some(([group, date]) => date >= monthsBefore(day, periods.get(group) ?? defaultPeriodMonths));

  const entry = (id: string, title: string, t: Treated | undefined, monitored: boolean, reportBack: Omit<CoverageWarnings, 'notTreated'>) => ({
    id,
    title,
    lastTreated: t?.last ?? null,
    daysSinceTreated: t ? daysBetween(t.last.date, day) : null,
    treatedMeetings: t?.meetings ?? 0,
    monitored,
    warnings: { notTreated: monitored && !recentlyTreated(t), ...reportBack },
  });

  const mandates: MandateCoverage[] = listMandates(ctx, {}).map((mandate) => {
    const active = mandate.status === 'active';
    const reportBackInDays = mandate.reportBackDate ? daysBetween(day, mandate.reportBackDate) : null;
    const reportBack = {
      reportBackSoon: active && reportBackInDays !== null && reportBackInDays >= 0 && reportBackInDays <= reportBackWarningDays,
      reportBackPassed: active && reportBackInDays !== null && reportBackInDays < 0,
    };
    return {
      ...entry(mandate.id, mandate.title, treated.get(`m:${mandate.id}`), active, reportBack),
      source: mandate.source,
      status: mandate.status,
      reportBackDate: mandate.reportBackDate,
      reportBackInDays,
    };
  });

  const goals: GoalCoverage[] = listGoals(ctx).map((goal) => {
    const current = (!goal.periodStart || goal.periodStart <= day) && (!goal.periodEnd || goal.periodEnd >= day);
    return {
      ...entry(goal.id, goal.title, treated.get(`g:${goal.id}`), current, { reportBackSoon: false, reportBackPassed: false }),
      periodStart: goal.periodStart,
      periodEnd: goal.periodEnd,
    };
  });

  return { today: day, groupId, periodMonths, mandates, goals };
}
