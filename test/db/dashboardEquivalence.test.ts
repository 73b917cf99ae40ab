// The dashboard reads indexes and trigger-kept state (action_state.held, decision_state, migration
// 006) instead of joining every action to its meeting and replaying every history. Here it is held
// to the queries it replaced, kept below as the reference, on a generated data set that has then
// been edited through the app: a held meeting cancelled, a planned one started, decisions
// without actions or recipients, a decision made information, a matter turned into another kind
// of item, a draft meeting moved, a follow-up withdrawn. Every figure, for all groups and for each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLargeDemo } from '../../electron/core/demo/large/generate.ts';
import type { Db } from '../../electron/core/repositories/sql.ts';
import { trailingMonths } from '../../electron/core/services/dashboard.ts';
import { decisionListLimit, type MethodOutput } from '../../shared/contract/index.ts';
import { isOverdue } from '../../shared/domain/actions.ts';
import { daysBetween } from '../../shared/domain/dates.ts';
import { openTestCore, type TestCore } from '../helpers/core.ts';

const today = '2026-03-10';
const held = "('draft','for_approval','approved')";
const open = "('not_started','in_progress')";
const byName = (a: string, b: string) => a.localeCompare(b, 'sv');
type Row = Record<string, unknown>;

// ---- The reference: the statements of the dashboard before migration 006. The only change is an
// explicit order where theirs was left to the plan (owners in the order they are grouped; the
// action's, the decision's and the meeting's id after the sort keys, where two rows can tie).
const scoped = `
  FROM action_state s
  JOIN meetings m ON m.id = s.meeting_id
  WHERE m.status IN ${held} AND (@groupId IS NULL OR s.group_id = @groupId OR s.owner_group_id = @groupId)`;
const counts = `sum(s.status IN ${open}) AS open, sum(s.status IN ${open} AND s.due_date < @today) AS overdue,
  sum(s.status IN ('done','cancelled')) AS closed`;
const reference = {
  totals: `SELECT coalesce(sum(s.status IN ${open}), 0) AS open, coalesce(sum(s.status IN ${open} AND s.due_date < @today), 0) AS overdue,
      coalesce(sum(s.status = 'done'), 0) AS done, coalesce(sum(s.status = 'cancelled'), 0) AS cancelled ${scoped}`,
  byOrganisation: `SELECT s.owner_organisation_id AS organisationId, o.name AS organisationName, ${counts}
      FROM (SELECT s.* ${scoped}) s LEFT JOIN organisations o ON o.id = s.owner_organisation_id
      GROUP BY s.owner_organisation_id ORDER BY s.owner_organisation_id`,
  byOwner: `SELECT s.owner_person_id AS personId, p.name AS personName, o.name AS organisationName, s.owner_group_id AS ownerGroupId, og.name AS ownerGroupName, ${counts}
      FROM (SELECT s.* ${scoped}) s
      LEFT JOIN people p ON p.id = s.owner_person_id LEFT JOIN organisations o ON o.id = s.owner_organisation_id LEFT JOIN groups og ON og.id = s.owner_group_id
      GROUP BY s.owner_person_id, s.owner_organisation_id, s.owner_group_id ORDER BY s.owner_person_id, s.owner_organisation_id, s.owner_group_id`,
  daysToClosure: `SELECT CAST(round(julianday(s.closed_on) - julianday(s.decided_on)) AS INTEGER) AS days
      ${scoped} AND s.status IN ('done','cancelled') AND s.closed_on IS NOT NULL ORDER BY days`,
  oldest: `SELECT s.action_id AS actionId, a.title, s.group_id AS groupId, g.name AS groupName, s.meeting_id AS meetingId,
        s.decided_on AS decidedOn, ai.section_number AS sectionNumber, p.name AS personName, o.name AS organisationName,
        og.name AS ownerGroupName, s.due_date AS dueDate, s.status
      FROM (SELECT s.* ${scoped} AND s.status IN ${open}) s
      JOIN meetings m ON m.id = s.meeting_id JOIN actions a ON a.id = s.action_id JOIN decisions d ON d.id = a.decision_id
      JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN groups g ON g.id = s.group_id
      LEFT JOIN people p ON p.id = s.owner_person_id LEFT JOIN organisations o ON o.id = s.owner_organisation_id LEFT JOIN groups og ON og.id = s.owner_group_id
      ORDER BY s.decided_on, COALESCE(m.start_time, ''), ai.position, d.position, a.position, s.action_id LIMIT 10`,
  decisionsFrom: `FROM decisions d JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id JOIN groups g ON g.id = m.group_id
      WHERE m.status IN ${held} AND d.type = 'decision' AND ai.kind IN ('matter','other_matters') AND (@groupId IS NULL OR m.group_id = @groupId)`,
  lacking: {
    action: 'NOT EXISTS (SELECT 1 FROM actions a WHERE a.decision_id = d.id)',
    recipient: 'NOT EXISTS (SELECT 1 FROM decision_recipients r WHERE r.decision_id = d.id)',
  },
  latestHeld: `SELECT id, date FROM meetings WHERE group_id = ? AND status IN ${held} ORDER BY date DESC, COALESCE(start_time, '') DESC, created_at DESC, id DESC LIMIT 1`,
  followUpAt: `SELECT count(*) AS openAtStart,
        coalesce(sum(EXISTS (SELECT 1 FROM follow_ups f WHERE f.action_id = s.action_id AND f.meeting_id = @meetingId)), 0) AS followedUp
      FROM action_state s JOIN meetings m ON m.id = s.meeting_id
      WHERE m.status IN ${held} AND (s.group_id = @groupId OR s.owner_group_id = @groupId) AND s.decided_on < @date
        AND COALESCE((SELECT f.status FROM follow_ups f WHERE f.action_id = s.action_id AND f.date < @date
                      ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1), 'not_started') IN ${open}`,
  byMonth: (column: string) => `SELECT substr(s.${column}, 1, 7) AS month, count(*) AS n ${scoped} AND s.${column} BETWEEN @from AND @to GROUP BY month`,
  overdueOnDays: `WITH days(as_of) AS (SELECT value FROM json_each(@days)),
      candidates AS MATERIALIZED (
        SELECT s.action_id, s.decided_on, a.due_date
        FROM (SELECT s.* ${scoped} AND s.decided_on <= @last AND (s.closed_on IS NULL OR s.closed_on >= @first)) s JOIN actions a ON a.id = s.action_id),
      entries AS (
        SELECT f.action_id, f.date, f.status, f.new_due_date, f.created_at, f.rowid AS seq, lead(f.date) OVER w AS until, count(f.new_due_date) OVER w AS dues_set
        FROM candidates c JOIN follow_ups f ON f.action_id = c.action_id
        WINDOW w AS (PARTITION BY f.action_id ORDER BY f.date, f.created_at, f.rowid)),
      segments AS MATERIALIZED (
        SELECT c.action_id, c.decided_on AS start, (SELECT min(f.date) FROM follow_ups f WHERE f.action_id = c.action_id) AS until,
               'not_started' AS status, c.due_date AS due
        FROM candidates c
        UNION ALL
        SELECT e.action_id, e.date, e.until, e.status,
               COALESCE(first_value(e.new_due_date) OVER (PARTITION BY e.action_id, e.dues_set ORDER BY e.date, e.created_at, e.seq), c.due_date)
        FROM entries e JOIN candidates c ON c.action_id = e.action_id)
      SELECT d.as_of AS asOf, count(sg.action_id) AS n
      FROM days d LEFT JOIN segments sg ON sg.start <= d.as_of AND (sg.until IS NULL OR d.as_of < sg.until) AND sg.status IN ${open} AND sg.due < d.as_of
      GROUP BY d.as_of`,
};

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every figure of dashboard.get but coverage (which did not change), as the old statements and service made it. */
function referenceFigures(db: Db, groupId: string | null) {
  const all = (sql: string, params: object) => db.prepare(sql).all(params) as Row[];
  const totals = db.prepare(reference.totals).get({ groupId, today }) as { open: number; overdue: number; done: number; cancelled: number };
  const byOrganisation = all(reference.byOrganisation, { groupId, today }).sort((a, b) =>
    a.organisationName === null ? 1 : b.organisationName === null ? -1 : byName(a.organisationName as string, b.organisationName as string),
  );
  const byOwner = all(reference.byOwner, { groupId, today })
    .map((row) => ({
      ownerKind: row.personId ? 'person' : 'group',
      ownerId: row.personId ?? row.ownerGroupId,
      ownerName: row.personName ?? row.ownerGroupName,
      organisationName: row.personId ? row.organisationName : null,
      open: row.open,
      overdue: row.overdue,
      closed: row.closed,
    }))
    .sort((a, b) => byName(a.ownerName as string, b.ownerName as string) || byName((a.organisationName as string) ?? '', (b.organisationName as string) ?? ''));
  const oldestOpenActions = all(reference.oldest, { groupId }).map(({ personName, ownerGroupName, organisationName, ...row }) => ({
    ...row,
    ownerName: personName ?? ownerGroupName,
    organisationName: personName ? organisationName : null,
    overdue: isOverdue(row.dueDate as string, row.status as 'not_started', today),
    ageDays: daysBetween(row.decidedOn as string, today),
  }));
  const lacking = (what: 'action' | 'recipient') => {
    const where = `${reference.decisionsFrom} AND ${reference.lacking[what]}`;
    const rows = all(
      `SELECT d.id AS decisionId, d.text, m.group_id AS groupId, g.name AS groupName, m.id AS meetingId, m.date AS meetingDate,
         m.status AS meetingStatus, ai.section_number AS sectionNumber, ai.title AS itemTitle
       ${where} ORDER BY m.date DESC, COALESCE(m.start_time, '') DESC, ai.position, d.position, d.id LIMIT @limit`,
      { groupId, limit: decisionListLimit },
    );
    return { count: (db.prepare(`SELECT count(*) AS n ${where}`).get({ groupId }) as { n: number }).n, rows };
  };
  const groups = all('SELECT id, name FROM groups WHERE @groupId IS NULL OR id = @groupId', { groupId }) as { id: string; name: string }[];
  const followUpByGroup = groups
    .map((group) => {
      const meeting = db.prepare(reference.latestHeld).get(group.id) as { id: string; date: string } | undefined;
      const { openAtStart, followedUp } = meeting
        ? (db.prepare(reference.followUpAt).get({ groupId: group.id, meetingId: meeting.id, date: meeting.date }) as { openAtStart: number; followedUp: number })
        : { openAtStart: 0, followedUp: 0 };
      const rate = openAtStart === 0 ? null : followedUp / openAtStart;
      return { groupId: group.id, groupName: group.name, meetingId: meeting?.id ?? null, meetingDate: meeting?.date ?? null, openAtStart, followedUp, rate };
    })
    .sort((a, b) => byName(a.groupName, b.groupName));
  const measured = followUpByGroup.reduce((sum, g) => sum + g.openAtStart, 0);
  const months = trailingMonths(today, 12);
  const range = { groupId, from: months[0]!.from, to: months.at(-1)!.to };
  const byMonth = (column: string) => new Map(all(reference.byMonth(column), range).map((r) => [r.month, r.n]));
  const [opened, closed] = [byMonth('decided_on'), byMonth('closed_on')];
  const days = months.map((m) => m.asOf);
  const overdue = new Map(all(reference.overdueOnDays, { groupId, days: JSON.stringify(days), first: days[0], last: days.at(-1) }).map((r) => [r.asOf, r.n]));
  return {
    openActions: totals.open,
    overdueActions: totals.overdue,
    closedActions: totals.done + totals.cancelled,
    doneActions: totals.done,
    cancelledActions: totals.cancelled,
    medianDaysToClosure: median(all(reference.daysToClosure, { groupId }).map((r) => r.days as number)),
    byOrganisation,
    byOwner,
    oldestOpenActions,
    decisionsWithoutAction: lacking('action'),
    decisionsWithoutRecipient: lacking('recipient'),
    followUpRate: measured === 0 ? null : followUpByGroup.reduce((sum, g) => sum + g.followedUp, 0) / measured,
    followUpByGroup,
    trend: months.map(({ month, asOf }) => ({ month, opened: opened.get(month) ?? 0, closed: closed.get(month) ?? 0, overdueAtMonthEnd: overdue.get(asOf) ?? 0, asOf })),
  };
}

// ---- The data: two years of four groups, then edited through the app.
const one = (core: TestCore, sql: string, ...params: unknown[]) => core.db.prepare(sql).get(...params) as Row | undefined;

async function editThroughTheApp(core: TestCore) {
  const unapproved = `SELECT m.id FROM meetings m WHERE m.status IN ('draft','for_approval') AND EXISTS (SELECT 1 FROM action_state s WHERE s.meeting_id = m.id)`;
  const cancelled = one(core, `${unapproved} ORDER BY m.date LIMIT 1`);
  expect(cancelled, 'a held, unapproved meeting with actions').toBeDefined();
  await core.value('meetings.cancel', { id: cancelled!.id as string });

  // A follow-up recorded in a draft meeting, the latest of its action, is withdrawn.
  const entry = one(
    core,
    `SELECT f.id FROM follow_ups f JOIN meetings m ON m.id = f.meeting_id WHERE m.status = 'draft'
       AND NOT EXISTS (SELECT 1 FROM follow_ups g WHERE g.action_id = f.action_id AND (g.date, g.created_at, g.rowid) > (f.date, f.created_at, f.rowid))
     ORDER BY f.date LIMIT 1`,
  );
  expect(entry, 'a follow-up recorded in a draft meeting').toBeDefined();
  await core.value('followUps.withdraw', { id: entry!.id as string });

  // Two planned meetings of one group get matters; the second is then started (held).
  const planned = core.db.prepare("SELECT id, group_id AS groupId FROM meetings WHERE status = 'planned' ORDER BY date LIMIT 2").all() as { id: string; groupId: string }[];
  expect(planned).toHaveLength(2);
  const person = one(core, 'SELECT person_id AS id FROM memberships WHERE group_id = ? LIMIT 1', planned[1]!.groupId)!.id as string;
  for (const meeting of planned) {
    const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Ärende i en planerad sammankomst' });
    const decided = await core.value('decisions.create', { agendaItemId: item.id, text: 'Gruppen beslutar att utreda frågan.', recipients: [] });
    await core.value('actions.create', { decisionId: decided.id, title: 'Utred frågan', owner: { personId: person }, dueDate: '2026-01-15' });
    await core.value('decisions.create', { agendaItemId: item.id, text: 'Gruppen beslutar att avvakta.', recipients: [] });
    const lapsed = await core.value('decisions.create', { agendaItemId: item.id, text: 'Gruppen beslutar att se över rutinen.', recipients: [] });
    const first = await core.value('actions.create', { decisionId: lapsed.id, title: 'Se över rutinen', owner: { groupId: meeting.groupId }, dueDate: '2026-02-01' });
    const second = await core.value('actions.create', { decisionId: lapsed.id, title: 'Rapportera', owner: { groupId: meeting.groupId }, dueDate: '2026-02-02' });
    await core.value('actions.delete', { id: first.id });
    await core.value('actions.delete', { id: second.id });
  }
  await core.value('meetings.start', { id: planned[1]!.id });
  await core.value('meetings.update', { id: planned[1]!.id, date: '2026-02-27' });

  // Histories the trend has to replay: an action closed earlier is taken up again in a draft
  // meeting, and in a new group one overdue at two month ends before its first follow-up is
  // closed and then taken up again with a new due date.
  const closed = core.db
    .prepare(
      `SELECT s.action_id AS actionId, m.id AS meetingId FROM meetings m JOIN action_state s ON (s.group_id = m.group_id OR s.owner_group_id = m.group_id)
       WHERE m.status = 'draft' AND s.held = 1 AND s.status = 'done' AND s.decided_on < m.date AND s.last_follow_up_on BETWEEN '2025-06-01' AND m.date
       ORDER BY s.action_id LIMIT 1`,
    )
    .get() as { actionId: string; meetingId: string } | undefined;
  expect(closed, 'an action closed before a draft meeting of its group').toBeDefined();
  await core.value('followUps.record', { ...closed!, status: 'in_progress' });
  const group = await core.value('groups.create', { name: 'Uppföljningsgruppen', kind: 'operative' });
  const held = async (date: string) => core.value('meetings.start', { id: (await core.value('meetings.create', { groupId: group.id, date })).id });
  const [october, december, january] = [await held('2025-10-15'), await held('2025-12-10'), await held('2026-01-20')];
  const matter = await core.value('agendaItems.create', { meetingId: october.id, title: 'Lokaler' });
  const decision = await core.value('decisions.create', { agendaItemId: matter.id, text: 'Gruppen beslutar att se över lokalerna.', recipients: [] });
  const act = async (title: string) => core.value('actions.create', { decisionId: decision.id, title, owner: { groupId: group.id }, dueDate: '2025-10-20' });
  const [reopened, withdrawn] = [await act('Se över lokalerna'), await act('Inventera lokalerna')];
  await core.value('followUps.record', { actionId: reopened.id, meetingId: december.id, status: 'done', note: 'Klart.' });
  await core.value('followUps.record', { actionId: reopened.id, meetingId: january.id, status: 'in_progress', newDueDate: '2026-02-15', dueDateReason: 'Mer återstår.' });
  // The other's new due date is withdrawn: its history is plain again.
  await core.value('followUps.record', { actionId: withdrawn.id, meetingId: december.id, status: 'in_progress' });
  const setDue = await core.value('followUps.record', { actionId: withdrawn.id, meetingId: january.id, status: 'in_progress', newDueDate: '2026-02-15', dueDateReason: 'Mer återstår.' });
  await core.value('followUps.withdraw', { id: setDue.id });
  const open = core.db
    .prepare(
      `SELECT s.action_id AS actionId FROM action_state s WHERE s.held = 1 AND s.status = 'in_progress' AND s.group_id = ? AND s.decided_on < '2026-02-27'
         AND coalesce(s.last_follow_up_on, '') < '2026-02-27' ORDER BY s.action_id LIMIT 1`,
    )
    .get(planned[1]!.groupId) as { actionId: string };
  await core.value('followUps.record', { actionId: open.actionId, meetingId: planned[1]!.id, status: 'in_progress', newDueDate: '2026-01-10', dueDateReason: 'Försenat.' });

  // A decision sent to an organisation, then to no one; in the other unapproved meetings one
  // decision becomes information, one matter becomes "other matters" and another a follow-up item.
  const organisationId = one(core, 'SELECT id FROM organisations ORDER BY rowid LIMIT 1')!.id as string;
  const started = (await core.value('meetings.detail', { id: planned[1]!.id })).items.find((i) => i.kind === 'matter')!;
  const sent = await core.value('decisions.create', { agendaItemId: started.id, text: 'Gruppen beslutar att informera.', recipients: [{ organisationId }] });
  await core.value('decisions.update', { id: sent.id, recipients: [] });
  const decisions = core.db
    .prepare(
      `SELECT d.id, ai.id AS itemId FROM decisions d JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id
       WHERE m.status IN ('draft','for_approval') AND m.id <> ? AND d.type = 'decision' AND ai.kind = 'matter'
         AND NOT EXISTS (SELECT 1 FROM decision_recipients r WHERE r.decision_id = d.id) ORDER BY d.id LIMIT 3`,
    )
    .all(planned[1]!.id) as Row[];
  expect(decisions).toHaveLength(3);
  await core.value('decisions.update', { id: decisions[0]!.id as string, type: 'information' });
  await core.value('agendaItems.update', { id: decisions[1]!.itemId as string, kind: 'other_matters' });
  await core.value('agendaItems.update', { id: decisions[2]!.itemId as string, kind: 'follow_up' });
}

describe('dashboard figures against the statements they replaced', { timeout: 120_000 }, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await openTestCore({ now: () => new Date(`${today}T09:00:00Z`) });
    generateLargeDemo(core.db, { seed: 11, today, years: 2, groups: 4 });
  });
  afterAll(() => core.close());

  const compare = async (groupId: string | null) => {
    const { coverage, coverageSummary, today: day, groupId: asked, ...figures }: MethodOutput<'dashboard.get'> = await core.value('dashboard.get', groupId ? { groupId } : {});
    expect(day).toBe(today);
    expect(asked).toBe(groupId);
    expect(coverageSummary.mandates).toBe(coverage.mandates.length);
    expect(figures).toEqual(referenceFigures(core.db, groupId));
    return figures;
  };
  const groupIds = () => (core.db.prepare('SELECT id FROM groups ORDER BY rowid').all() as { id: string }[]).map((g) => g.id);

  it('agree on the generated data, for all groups and for each', async () => {
    const all = await compare(null);
    expect(all.openActions).toBeGreaterThan(50);
    expect(all.trend.some((m) => m.overdueAtMonthEnd > 0)).toBe(true);
    for (const id of groupIds()) await compare(id);
  });

  it('agree after meetings, decisions, actions and follow-ups were changed through the app', async () => {
    await editThroughTheApp(core);
    const all = await compare(null);
    expect(all.decisionsWithoutAction.count).toBeGreaterThan(0);
    expect(all.decisionsWithoutRecipient.count).toBeGreaterThan(0);
    for (const id of groupIds()) await compare(id);
  });
});
