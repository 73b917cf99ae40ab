// The dashboard's figures through the contract: a small scenario where every number is counted
// by hand (today is 2026-03-10 in Stockholm), and the demo data checked against plain SQL that
// replays the follow-up history instead of reading action_state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/contract/index.ts';
import { openTestCore, type TestCore } from '../helpers/core.ts';
import { heldMeeting, openSeededGroup, planMeeting, type Fixture } from '../helpers/protocol.ts';

let core: TestCore;
let f: Fixture;
afterEach(() => core.close());

/**
 * Styrgruppen (G) and Omlottgruppen (O):
 * - 2025-11-12 G: A1 Bertil (school) due 2025-12-31, A2 owned by O due 2026-06-30 (decision D1, sent to social);
 *   A3 Anna (social) due 2026-01-31 (D2, no recipient); D3 sent to school without actions; an information item.
 * - 2026-01-14 G: A1 in progress, A2 not started, A3 cancelled; D5 without action or recipient;
 *   A4 Cecilia (social) due 2026-02-28 (D6, sent to school).
 * - 2026-02-20 O: A2 in progress; A5 David (school) due 2026-03-01 (D7, no recipient).
 * - 2026-02-25 G (G's latest held meeting): A1 done, A2 new due date 2026-03-05 (A4 not followed up);
 *   A6 Bertil due 2026-12-31 (D8, sent to social). A meeting planned for April is not held.
 */
async function scenario() {
  const omlott = await core.value('groups.create', { name: 'Omlottgruppen', kind: 'operative' });
  const item = async (meetingId: string, title: string) => core.value('agendaItems.create', { meetingId, title });
  const decide = async (agendaItemId: string, text: string, recipients: { organisationId: string }[] = []) =>
    core.value('decisions.create', { agendaItemId, text, recipients });
  const act = async (decisionId: string, title: string, owner: { personId: string } | { groupId: string }, dueDate: string) =>
    core.value('actions.create', { decisionId, title, owner, dueDate });
  const record = (actionId: string, meetingId: string, status: 'not_started' | 'in_progress' | 'done' | 'cancelled', extra: Record<string, string> = {}) =>
    core.value('followUps.record', { actionId, meetingId, status, ...extra });

  const m1 = await heldMeeting(core, f, '2025-11-12');
  const teams = await item(m1.id, 'Skolsociala team');
  const d1 = await decide(teams.id, 'Styrgruppen beslutar att ta fram en plan.', [{ organisationId: f.social.id }]);
  const a1 = await act(d1.id, 'Ta fram en plan', { personId: f.bertil.id }, '2025-12-31');
  const a2 = await act(d1.id, 'Utvärdera teamen', { groupId: omlott.id }, '2026-06-30');
  const d2 = await decide(teams.id, 'Styrgruppen beslutar att informera rektorerna.');
  const a3 = await act(d2.id, 'Informera rektorerna', { personId: f.anna.id }, '2026-01-31');
  const premises = await item(m1.id, 'Lokaler');
  const d3 = await decide(premises.id, 'Styrgruppen beslutar att teamen får lokaler på skolorna.', [{ organisationId: f.school.id }]);
  await core.value('decisions.create', { agendaItemId: (await item(m1.id, 'Information')).id, text: 'Styrgruppen noterar informationen.', type: 'information' });

  const m2 = await heldMeeting(core, f, '2026-01-14');
  await record(a1.id, m2.id, 'in_progress', { note: 'Utkast klart.' });
  await record(a2.id, m2.id, 'not_started');
  await record(a3.id, m2.id, 'cancelled', { note: 'Ersätts av gemensam information.' });
  const d5 = await decide((await item(m2.id, 'Budget')).id, 'Styrgruppen beslutar att budgeten ska ses över.');
  const d6 = await decide((await item(m2.id, 'Rutiner')).id, 'Styrgruppen beslutar att rutinen ska revideras.', [{ organisationId: f.school.id }]);
  const a4 = await act(d6.id, 'Revidera rutinen', { personId: f.cecilia.id }, '2026-02-28');

  const mo = await core.value('meetings.create', { groupId: omlott.id, date: '2026-02-20' });
  await core.value('meetings.start', { id: mo.id });
  await record(a2.id, mo.id, 'in_progress', { note: 'Arbetet har börjat.' });
  const d7 = await decide((await item(mo.id, 'Frånvaro')).id, 'Omlottgruppen beslutar att kartlägga frånvaron.');
  const a5 = await act(d7.id, 'Kartlägga frånvaron', { personId: f.david.id }, '2026-03-01');

  const m3 = await heldMeeting(core, f, '2026-02-25');
  await record(a1.id, m3.id, 'done', { note: 'Planen är antagen.' });
  await record(a2.id, m3.id, 'in_progress', { newDueDate: '2026-03-05', dueDateReason: 'Väntar på underlag.' });
  const d8 = await decide((await item(m3.id, 'Uppföljning')).id, 'Styrgruppen beslutar att följa upp teamen.', [{ organisationId: f.social.id }]);
  const a6 = await act(d8.id, 'Följa upp teamen', { personId: f.bertil.id }, '2026-12-31');
  await planMeeting(core, f, '2026-04-01');

  // Mandates and goals: one mandate treated in November with its report-back in ten days, one never treated; one goal never treated.
  const mandate = await core.value('mandates.create', { title: 'Etablera skolsociala team', source: 'KF 2023-06-14 § 99', reportBackDate: '2026-03-20' });
  await core.value('mandates.create', { title: 'Revidera överenskommelsen', source: 'KS 2025-09-04 § 131' });
  await core.value('goals.create', { title: 'Minskad skolfrånvaro' });
  await core.value('registerLinks.set', { target: { agendaItemId: teams.id }, mandateIds: [mandate.id] });

  return { omlott, meetings: { m1, m2, mo, m3 }, actions: { a1, a2, a3, a4, a5, a6 }, decisions: { d1, d2, d3, d5, d6, d7, d8 } };
}

describe('dashboard figures on a fixed scenario', () => {
  beforeEach(async () => {
    ({ core, f } = await openSeededGroup()); // today is 2026-03-10 in Stockholm
  });

  it('counts all groups exactly', async () => {
    const { omlott, meetings, actions, decisions } = await scenario();
    const d = await core.value('dashboard.get', {});
    // Open: A2, A4, A5, A6; overdue: A2 (new due 03-05), A4 (02-28), A5 (03-01); closed: A1 done, A3 cancelled.
    expect(d).toMatchObject({ today: '2026-03-10', groupId: null, openActions: 4, overdueActions: 3, closedActions: 2, doneActions: 1, cancelledActions: 1 });
    // A3: 2025-11-12 → 2026-01-14 is 63 days; A1: 2025-11-12 → 2026-02-25 is 105 days; median (63 + 105) / 2.
    expect(d.medianDaysToClosure).toBe(84);

    expect(d.byOrganisation).toEqual([
      { organisationId: f.social.id, organisationName: f.social.name, open: 1, overdue: 1, closed: 1 },
      { organisationId: f.school.id, organisationName: f.school.name, open: 2, overdue: 1, closed: 1 },
      { organisationId: null, organisationName: null, open: 1, overdue: 1, closed: 0 },
    ]);
    expect(d.byOwner.map((o) => [o.ownerName, o.ownerKind, o.organisationName, o.open, o.overdue, o.closed])).toEqual([
      ['Anna Öberg', 'person', f.social.name, 0, 0, 1],
      ['Bertil Ek', 'person', f.school.name, 1, 0, 1],
      ['Cecilia Holm', 'person', f.social.name, 1, 1, 0],
      ['David Lund', 'person', f.school.name, 1, 1, 0],
      ['Omlottgruppen', 'group', null, 1, 1, 0],
    ]);
    expect(d.byOwner.find((o) => o.ownerKind === 'group')!.ownerId).toBe(omlott.id);

    expect(d.oldestOpenActions.map((a) => [a.actionId, a.decidedOn, a.ageDays, a.overdue, a.ownerName])).toEqual([
      [actions.a2.id, '2025-11-12', 118, true, 'Omlottgruppen'],
      [actions.a4.id, '2026-01-14', 55, true, 'Cecilia Holm'],
      [actions.a5.id, '2026-02-20', 18, true, 'David Lund'],
      [actions.a6.id, '2026-02-25', 13, false, 'Bertil Ek'],
    ]);
    expect(d.oldestOpenActions[0]).toMatchObject({ title: 'Utvärdera teamen', meetingId: meetings.m1.id, groupId: f.group.id, dueDate: '2026-03-05', status: 'in_progress', organisationName: null });
    expect(d.oldestOpenActions[0]!.sectionNumber).toEqual(expect.any(Number));

    // Without action: D3 and D5 (the information item does not count); without recipient: D2, D5, D7 — newest first.
    expect(d.decisionsWithoutAction.count).toBe(2);
    expect(d.decisionsWithoutAction.rows.map((r) => r.decisionId)).toEqual([decisions.d5.id, decisions.d3.id]);
    expect(d.decisionsWithoutAction.rows[1]).toMatchObject({ itemTitle: 'Lokaler', meetingId: meetings.m1.id, meetingDate: '2025-11-12', meetingStatus: 'draft', groupName: f.group.name });
    expect(d.decisionsWithoutRecipient.count).toBe(3);
    expect(d.decisionsWithoutRecipient.rows.map((r) => r.decisionId)).toEqual([decisions.d7.id, decisions.d5.id, decisions.d2.id]);

    // G's latest meeting (02-25): open at its start A1, A2, A4 — followed up A1, A2. O's (02-20): A2, followed up.
    expect(d.followUpByGroup).toEqual([
      { groupId: omlott.id, groupName: 'Omlottgruppen', meetingId: meetings.mo.id, meetingDate: '2026-02-20', openAtStart: 1, followedUp: 1, rate: 1 },
      { groupId: f.group.id, groupName: f.group.name, meetingId: meetings.m3.id, meetingDate: '2026-02-25', openAtStart: 3, followedUp: 2, rate: 2 / 3 },
    ]);
    expect(d.followUpRate).toBe(0.75);

    expect(d.coverage).toEqual(await core.value('registers.coverage', {}));
    expect(d.coverageSummary).toEqual({ mandates: 2, monitoredMandates: 2, mandatesNotTreated: 1, reportBackSoon: 1, reportBackPassed: 0, goals: 1, monitoredGoals: 1, goalsNotTreated: 1 });

    expect(d.trend.map((m) => m.month)).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    const months = Object.fromEntries(d.trend.map((m) => [m.month, [m.opened, m.closed, m.overdueAtMonthEnd, m.asOf]]));
    expect(months['2025-10']).toEqual([0, 0, 0, '2025-10-31']);
    expect(months['2025-11']).toEqual([3, 0, 0, '2025-11-30']);
    // A1 is due 2025-12-31: not yet overdue on that day.
    expect(months['2025-12']).toEqual([0, 0, 0, '2025-12-31']);
    // On 01-31 A1 (in progress, due 12-31) is overdue; A2 was still due 2026-06-30.
    expect(months['2026-01']).toEqual([1, 1, 1, '2026-01-31']);
    // On 02-28 A1 is done, A2 is due 03-05, A4 is due that very day.
    expect(months['2026-02']).toEqual([2, 1, 0, '2026-02-28']);
    expect(months['2026-03']).toEqual([0, 0, 3, '2026-03-10']);
  });

  it('counts one group: what it decided, and what it owns', async () => {
    const { omlott, meetings, decisions } = await scenario();
    const g = await core.value('dashboard.get', { groupId: f.group.id });
    // A1–A4 and A6; A5 was decided by Omlottgruppen.
    expect(g).toMatchObject({ groupId: f.group.id, openActions: 3, overdueActions: 2, closedActions: 2, medianDaysToClosure: 84 });
    expect(g.followUpByGroup).toEqual([{ groupId: f.group.id, groupName: f.group.name, meetingId: meetings.m3.id, meetingDate: '2026-02-25', openAtStart: 3, followedUp: 2, rate: 2 / 3 }]);
    expect(g.followUpRate).toBe(2 / 3);
    expect(g.decisionsWithoutRecipient.rows.map((r) => r.decisionId)).toEqual([decisions.d5.id, decisions.d2.id]);
    expect(g.coverage).toEqual(await core.value('registers.coverage', { groupId: f.group.id }));

    // Omlottgruppen: A2 (it owns it) and A5 (it decided it).
    const o = await core.value('dashboard.get', { groupId: omlott.id });
    expect(o).toMatchObject({ openActions: 2, overdueActions: 2, closedActions: 0, medianDaysToClosure: null, followUpRate: 1 });
    expect(o.byOrganisation).toEqual([
      { organisationId: f.school.id, organisationName: f.school.name, open: 1, overdue: 1, closed: 0 },
      { organisationId: null, organisationName: null, open: 1, overdue: 1, closed: 0 },
    ]);
    expect(o.decisionsWithoutAction).toEqual({ count: 0, rows: [] });
    expect(o.decisionsWithoutRecipient.rows.map((r) => r.decisionId)).toEqual([decisions.d7.id]);
    expect(o.trend.at(-1)).toMatchObject({ opened: 0, overdueAtMonthEnd: 2 });
  });

  it('shows empty figures for a group that has held no meeting, and refuses an unknown group', async () => {
    const d = await core.value('dashboard.get', { groupId: f.group.id });
    expect(d).toMatchObject({ openActions: 0, overdueActions: 0, closedActions: 0, medianDaysToClosure: null, followUpRate: null, oldestOpenActions: [], byOrganisation: [], byOwner: [] });
    expect(d.followUpByGroup).toEqual([{ groupId: f.group.id, groupName: f.group.name, meetingId: null, meetingDate: null, openAtStart: 0, followedUp: 0, rate: null }]);
    expect(d.trend).toHaveLength(12);
    expect(d.trend.every((m) => m.opened === 0 && m.closed === 0 && m.overdueAtMonthEnd === 0)).toBe(true);
    expect(await core.result('dashboard.get', { groupId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.result('dashboard.get', { groupId: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'groupId' }] } });
  });
});

type Count = { n: number };

describe('dashboard figures on demo data', () => {
  it('match plain SQL that replays the follow-ups, and the action register', async () => {
    core = await openTestCore({ now: () => new Date('2026-03-10T09:00:00Z') });
    await core.value('demo.load', { seed: 1 });
    const today = '2026-03-10';
    const d: MethodOutput<'dashboard.get'> = await core.value('dashboard.get', {});

    // Each action of a held meeting with status, due date and owner organisation replayed from its history.
    const replayed = `
      WITH latest AS (
        SELECT a.id, m.date AS decided_on, a.due_date AS decided_due, a.owner_organisation_id AS decided_org, a.owner_group_id AS decided_group,
          (SELECT f.status FROM follow_ups f WHERE f.action_id = a.id ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1) AS last_status,
          (SELECT f.date FROM follow_ups f WHERE f.action_id = a.id ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1) AS last_date,
          (SELECT f.new_due_date FROM follow_ups f WHERE f.action_id = a.id AND f.new_due_date IS NOT NULL ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1) AS new_due
        FROM actions a JOIN decisions d ON d.id = a.decision_id JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id
        WHERE m.status IN ('draft', 'for_approval', 'approved'))
      SELECT id, decided_on, decided_org, decided_group, COALESCE(last_status, 'not_started') AS status, last_date, COALESCE(new_due, decided_due) AS due FROM latest`;
    const sql = (query: string, params: unknown[] = []) => core.db.prepare(query).get(...params) as Count;
    const isOpen = "status IN ('not_started', 'in_progress')";

    expect(d.openActions).toBe(sql(`SELECT count(*) AS n FROM (${replayed}) WHERE ${isOpen}`).n);
    expect(d.overdueActions).toBe(sql(`SELECT count(*) AS n FROM (${replayed}) WHERE ${isOpen} AND due < ?`, [today]).n);
    expect(d.closedActions).toBe(sql(`SELECT count(*) AS n FROM (${replayed}) WHERE status IN ('done', 'cancelled')`).n);
    expect(d.openActions + d.closedActions).toBe(sql("SELECT count(*) AS n FROM actions a JOIN decisions d ON d.id = a.decision_id JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id WHERE m.status <> 'planned'").n);
    expect(d.overdueActions).toBeGreaterThan(0);

    // The demo never hands an action over, so the owner's organisation is the decided one.
    for (const row of d.byOrganisation) {
      const where = row.organisationId === null ? 'decided_org IS NULL' : 'decided_org = ?';
      const params = row.organisationId === null ? [] : [row.organisationId];
      expect(row.open, row.organisationName ?? 'grupp').toBe(sql(`SELECT count(*) AS n FROM (${replayed}) WHERE ${where} AND ${isOpen}`, params).n);
      expect(row.closed).toBe(sql(`SELECT count(*) AS n FROM (${replayed}) WHERE ${where} AND status IN ('done', 'cancelled')`, params).n);
    }
    expect(d.byOrganisation.reduce((s, r) => s + r.overdue, 0)).toBe(d.overdueActions);
    expect(d.byOwner.reduce((s, r) => s + r.open, 0)).toBe(d.openActions);

    const days = core.db
      .prepare(`SELECT CAST(julianday(last_date) - julianday(decided_on) AS INTEGER) AS n FROM (${replayed}) WHERE status IN ('done', 'cancelled') ORDER BY n`)
      .all() as Count[];
    const mid = days.length / 2;
    expect(d.medianDaysToClosure).toBe(days.length % 2 ? days[Math.floor(mid)]!.n : (days[mid - 1]!.n + days[mid]!.n) / 2);

    const withoutAction = sql(`SELECT count(*) AS n FROM decisions d JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id
      WHERE m.status IN ('draft', 'for_approval', 'approved') AND d.type = 'decision' AND ai.kind = 'matter' AND d.id NOT IN (SELECT decision_id FROM actions)`).n;
    expect(d.decisionsWithoutAction.count).toBe(withoutAction);

    // The register agrees, and the current month's trend point is today's overdue count.
    expect((await core.value('register.actions', { status: 'open', limit: 1 })).total).toBe(d.openActions);
    expect((await core.value('register.actions', { overdueOnly: true, limit: 1 })).total).toBe(d.overdueActions);
    expect(d.trend.at(-1)).toMatchObject({ asOf: today, overdueAtMonthEnd: d.overdueActions });
    const lastYear = sql(`SELECT count(*) AS n FROM (${replayed}) WHERE decided_on >= ?`, [d.trend[0]!.month + '-01']).n;
    expect(d.trend.reduce((s, m) => s + m.opened, 0)).toBe(lastYear);

    // Every group's latest held meeting: the entries it recorded for the actions open at its start.
    for (const g of d.followUpByGroup) {
      const entries = g.meetingId ? sql('SELECT count(*) AS n FROM follow_ups WHERE meeting_id = ?', [g.meetingId]).n : 0;
      expect(g.followedUp, g.groupName).toBe(entries);
    }
  });
});
