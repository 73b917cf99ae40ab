// The mandate and goal registers through the contract, on a real SQLite file: CRUD, Swedish
// validation at the field, links from protocol items, coverage and its warnings, delete refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../shared/contract/index.ts';
import { listChanges } from '../../electron/core/repositories/changeLog.ts';
import { monthsBefore } from '../../electron/core/services/registersCoverage.ts';
import { tableCount, type TestCore } from '../helpers/core.ts';
import { approvedMeeting, databaseSnapshot, heldMeeting, openSeededGroup, planMeeting, seedGroup, type Fixture } from '../helpers/protocol.ts';

// Today is 2026-03-10 in Stockholm (openSeededGroup).
let core: TestCore;
let f: Fixture;
beforeEach(async () => {
  ({ core, f } = await openSeededGroup());
});
afterEach(() => core.close());

async function committees() {
  const sn = await core.value('organisations.create', { name: 'Socialnämnden', kind: 'committee' });
  const bun = await core.value('organisations.create', { name: 'Barn- och utbildningsnämnden', kind: 'committee' });
  return { sn, bun };
}

const mandateInput = (assigneeIds: string[], extra: Record<string, unknown> = {}) => ({
  title: 'Etablera skolsociala team',
  description: 'I samverkan med barn- och utbildningsnämnden.',
  source: 'KF 2023-06-14 § 99',
  assigneeIds,
  reportBackDate: '2026-09-30',
  reportBackTo: 'Socialnämnden',
  ...extra,
});

/** A matter in a held meeting of the group on `date`, with one decision and one action. */
async function treatedItem(date: string, fixture: Fixture = f) {
  const meeting = await heldMeeting(core, fixture, date);
  const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Skolsociala team' });
  const decision = await core.value('decisions.create', { agendaItemId: item.id, text: 'Styrgruppen beslutar att ta fram en plan.' });
  const action = await core.value('actions.create', { decisionId: decision.id, title: 'Ta fram en plan', owner: { personId: fixture.bertil.id }, dueDate: '2026-06-01' });
  return { meeting, item, decision, action };
}

const coverageOf = (c: MethodOutput<'registers.coverage'>, id: string) => [...c.mandates, ...c.goals].find((e) => e.id === id)!;

describe('mandates and goals', () => {
  it('are created, listed, read, updated and logged through the contract', async () => {
    const { sn, bun } = await committees();
    const mandate = await core.value('mandates.create', mandateInput([sn.id, bun.id, sn.id]));
    expect(mandate).toMatchObject({ title: 'Etablera skolsociala team', source: 'KF 2023-06-14 § 99', status: 'active', reportBackDate: '2026-09-30', linkCount: 0 });
    expect(mandate.assignees.map((a) => a.name).sort()).toEqual(['Barn- och utbildningsnämnden', 'Socialnämnden']);
    const done = await core.value('mandates.create', { title: 'Årlig revidering av överenskommelsen', source: 'KS 2025-09-04 § 131', status: 'completed' });
    const another = await core.value('mandates.create', { title: 'Barnrättsanalys', source: 'KF 2024-02-01 § 12' });
    expect((await core.value('mandates.list', {})).map((m) => m.id)).toEqual([another.id, mandate.id, done.id]);
    expect((await core.value('mandates.list', { organisationId: bun.id })).map((m) => m.id)).toEqual([mandate.id]);
    expect((await core.value('mandates.list', { statuses: ['completed'] })).map((m) => m.id)).toEqual([done.id]);

    const updated = await core.value('mandates.update', { id: mandate.id, status: 'reported', assigneeIds: [bun.id], reportBackTo: null });
    expect(updated).toMatchObject({ title: 'Etablera skolsociala team', status: 'reported', reportBackTo: null, reportBackDate: '2026-09-30', assignees: [{ id: bun.id, name: 'Barn- och utbildningsnämnden' }] });
    expect(await core.value('mandates.get', { id: mandate.id })).toEqual(updated);

    const goal = await core.value('goals.create', {
      title: 'Minskad problematisk skolfrånvaro',
      indicator: 'Andel elever med mer än 15 % frånvaro',
      target: 'Minska med två procentenheter',
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      source: 'KF 2025-11-20 § 201',
    });
    expect(goal).toMatchObject({ description: null, periodStart: '2026-01-01', periodEnd: '2027-12-31', linkCount: 0 });
    const moved = await core.value('goals.update', { id: goal.id, periodEnd: '2026-12-31' });
    expect(moved).toMatchObject({ title: 'Minskad problematisk skolfrånvaro', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(await core.value('goals.list', {})).toEqual([moved]);
    expect(await core.value('goals.get', { id: goal.id })).toEqual(moved);

    expect(listChanges(core.db, 'mandate', mandate.id).map((c) => c.operation)).toEqual(['create', 'update']);
    expect(listChanges(core.db, 'goal', goal.id)[1]).toMatchObject({ operation: 'update', actorName: 'Sara Lind', data: JSON.stringify({ periodEnd: '2026-12-31' }) });
    await core.value('goals.delete', { id: goal.id });
    await core.value('mandates.delete', { id: done.id });
    expect([tableCount(core, 'goals'), tableCount(core, 'mandates')]).toEqual([0, 2]);
  });

  it('refuses empty titles, impossible dates and a period that ends before it starts, in Swedish at the field, changing nothing', async () => {
    const { sn } = await committees();
    const mandate = await core.value('mandates.create', mandateInput([sn.id]));
    const goal = await core.value('goals.create', { title: 'Tidig upptäckt', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const before = databaseSnapshot(core);

    expect(await core.result('mandates.create', mandateInput([sn.id], { title: '  ', reportBackDate: '2026-02-30' }))).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          { path: 'title', message: 'Fältet måste fyllas i.' },
          { path: 'reportBackDate', message: 'Ange ett datum, t.ex. 2025-09-30.' },
        ],
      },
    });
    expect(await core.result('mandates.create', mandateInput([sn.id], { source: '' }))).toMatchObject({ ok: false, error: { issues: [{ path: 'source', message: 'Fältet måste fyllas i.' }] } });
    expect(await core.result('mandates.update', { id: mandate.id, status: 'klar' })).toMatchObject({ ok: false, error: { issues: [{ path: 'status', message: 'Välj ett av alternativen.' }] } });
    expect(await core.result('mandates.create', mandateInput([crypto.randomUUID()]))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.result('goals.create', { title: '', periodStart: '2026-07-01', periodEnd: '2026-06-30' })).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: 'title', message: 'Fältet måste fyllas i.' },
          { path: 'periodEnd', message: 'Slutdatum måste vara samma dag som eller efter startdatum.' },
        ],
      },
    });
    expect(await core.result('goals.create', { title: 'Mål', periodStart: '31/12/2026' })).toMatchObject({ ok: false, error: { issues: [{ path: 'periodStart', message: 'Ange ett datum, t.ex. 2025-09-30.' }] } });
    // One side from the stored goal: the end may not move before the stored start.
    expect(await core.result('goals.update', { id: goal.id, periodEnd: '2025-12-31' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'periodEnd', message: 'Slutdatum måste vara samma dag som eller efter startdatum.' }] },
    });
    expect(await core.result('goals.update', { id: goal.id, title: ' ' })).toMatchObject({ ok: false, error: { issues: [{ path: 'title', message: 'Fältet måste fyllas i.' }] } });
    expect(databaseSnapshot(core)).toEqual(before);
  });
});

describe('links', () => {
  it('replace the links of an agenda item, decision or action, and are read back per target', async () => {
    const { sn } = await committees();
    const mandate = await core.value('mandates.create', mandateInput([sn.id]));
    const other = await core.value('mandates.create', { title: 'Barnrättsanalys', source: 'KF 2024-02-01 § 12' });
    const goal = await core.value('goals.create', { title: 'Tidig upptäckt' });
    const { item, decision, action } = await treatedItem('2026-03-05');

    const set = await core.value('registerLinks.set', { target: { agendaItemId: item.id }, mandateIds: [mandate.id, other.id, mandate.id], goalIds: [goal.id] });
    expect(set).toEqual({
      target: { agendaItemId: item.id },
      mandates: [
        { id: other.id, title: 'Barnrättsanalys', source: 'KF 2024-02-01 § 12', status: 'active' },
        { id: mandate.id, title: 'Etablera skolsociala team', source: 'KF 2023-06-14 § 99', status: 'active' },
      ],
      goals: [{ id: goal.id, title: 'Tidig upptäckt' }],
    });
    await core.value('registerLinks.set', { target: { agendaItemId: item.id }, mandateIds: [mandate.id], goalIds: [] });
    await core.value('registerLinks.set', { target: { decisionId: decision.id }, goalIds: [goal.id] });
    await core.value('registerLinks.set', { target: { actionId: action.id }, mandateIds: [mandate.id] });
    expect((await core.value('registerLinks.forTarget', { target: { agendaItemId: item.id } })).mandates.map((m) => m.id)).toEqual([mandate.id]);
    expect((await core.value('registerLinks.forTarget', { target: { decisionId: decision.id } })).goals.map((g) => g.id)).toEqual([goal.id]);
    expect((await core.value('mandates.get', { id: mandate.id })).linkCount).toBe(2);
    expect((await core.value('mandates.get', { id: other.id })).linkCount).toBe(0);
    expect(listChanges(core.db, 'registerLinks', item.id).map((c) => JSON.parse(c.data ?? '{}').mandateIds)).toEqual([[mandate.id, other.id], [mandate.id]]);
  });

  it('refuse an unknown mandate, goal or target without changing anything, and a target naming two things', async () => {
    const mandate = await core.value('mandates.create', { title: 'Uppdrag', source: 'KF 2024-02-01 § 12' });
    const { item } = await treatedItem('2026-03-05');
    await core.value('registerLinks.set', { target: { agendaItemId: item.id }, mandateIds: [mandate.id] });
    const before = databaseSnapshot(core);
    expect(await core.result('registerLinks.set', { target: { agendaItemId: item.id }, goalIds: [crypto.randomUUID()] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Målet finns inte i registret (det kan ha tagits bort).' },
    });
    expect(await core.result('registerLinks.set', { target: { decisionId: crypto.randomUUID() }, mandateIds: [mandate.id] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.result('registerLinks.set', { target: { agendaItemId: item.id, decisionId: item.id }, mandateIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'target', message: 'Uppgifterna är ofullständiga eller felaktiga.' }] },
    });
    expect(databaseSnapshot(core)).toEqual(before);
  });

  it('may be set on an approved protocol: linking documents what the group treated, the protocol stays locked', async () => {
    const mandate = await core.value('mandates.create', { title: 'Uppdrag', source: 'KF 2024-02-01 § 12' });
    const meeting = await approvedMeeting(core, f, '2026-02-20');
    const detail = await core.value('meetings.detail', { id: meeting.id });
    const item = detail.items.find((i) => i.kind === 'follow_up')!;
    await core.value('registerLinks.set', { target: { agendaItemId: item.id }, mandateIds: [mandate.id] });
    const coverage = await core.value('registers.coverage', {});
    expect(coverageOf(coverage, mandate.id).lastTreated).toEqual({ date: '2026-02-20', groupId: f.group.id, groupName: f.group.name, meetingId: meeting.id, sectionNumbers: [item.sectionNumber!] });
    expect(await core.result('agendaItems.update', { id: item.id, title: 'Ändrad' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('block deleting a linked mandate or goal (IN_USE, in Swedish) until the links are removed', async () => {
    const mandate = await core.value('mandates.create', { title: 'Uppdrag', source: 'KF 2024-02-01 § 12' });
    const goal = await core.value('goals.create', { title: 'Mål' });
    const { item, decision } = await treatedItem('2026-03-05');
    await core.value('registerLinks.set', { target: { agendaItemId: item.id }, mandateIds: [mandate.id], goalIds: [goal.id] });
    await core.value('registerLinks.set', { target: { decisionId: decision.id }, goalIds: [goal.id] });
    expect(await core.result('mandates.delete', { id: mandate.id })).toMatchObject({
      ok: false,
      error: { code: 'IN_USE', message: expect.stringContaining('kopplat till 1 punkt, beslut eller åtgärd') },
    });
    expect(await core.result('goals.delete', { id: goal.id })).toMatchObject({ ok: false, error: { code: 'IN_USE', message: expect.stringContaining('2 punkter, beslut eller åtgärder') } });
    expect([tableCount(core, 'mandates'), tableCount(core, 'goals')]).toEqual([1, 1]);
    await core.value('registerLinks.set', { target: { agendaItemId: item.id } });
    await core.value('mandates.delete', { id: mandate.id });
    expect(tableCount(core, 'mandates')).toBe(0);
  });
});

describe('coverage', () => {
  it('gives the last held meeting that treated each one: date, group, meeting and §§, days since and how often', async () => {
    const mandate = await core.value('mandates.create', { title: 'Uppdrag', source: 'KF 2024-02-01 § 12' });
    const goal = await core.value('goals.create', { title: 'Mål' });
    const earlier = await treatedItem('2026-01-15');
    const latest = await treatedItem('2026-03-05');
    const second = await core.value('agendaItems.create', { meetingId: latest.meeting.id, title: 'Lägesrapport' });
    await core.value('registerLinks.set', { target: { actionId: earlier.action.id }, mandateIds: [mandate.id] });
    await core.value('registerLinks.set', { target: { decisionId: latest.decision.id }, mandateIds: [mandate.id] });
    await core.value('registerLinks.set', { target: { agendaItemId: second.id }, mandateIds: [mandate.id] });
    // Planned and cancelled meetings treat nothing.
    const planned = await planMeeting(core, f, '2026-03-09');
    const plannedItem = (await core.value('meetings.detail', { id: planned.id })).items[0]!;
    await core.value('registerLinks.set', { target: { agendaItemId: plannedItem.id }, mandateIds: [mandate.id], goalIds: [goal.id] });

    const coverage = await core.value('registers.coverage', {});
    expect(coverage).toMatchObject({ today: '2026-03-10', groupId: null, periodMonths: 6 });
    const sections = [latest.item.sectionNumber!, second.sectionNumber!].sort((a, b) => a - b);
    expect(coverageOf(coverage, mandate.id)).toMatchObject({
      lastTreated: { date: '2026-03-05', groupId: f.group.id, groupName: 'Styrgruppen för skola och socialtjänst', meetingId: latest.meeting.id, sectionNumbers: sections },
      daysSinceTreated: 5,
      treatedMeetings: 2,
      monitored: true,
      warnings: { notTreated: false, reportBackSoon: false, reportBackPassed: false },
    });
    expect(coverageOf(coverage, goal.id)).toMatchObject({ lastTreated: null, daysSinceTreated: null, treatedMeetings: 0, monitored: true, warnings: { notTreated: true } });
  });

  it("warns when the group has not treated an active mandate or a current goal within the group's set period", async () => {
    expect(monthsBefore('2026-03-10', 6)).toBe('2025-09-10');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    const onEdge = await core.value('mandates.create', { title: 'På gränsen', source: 'KF 1' });
    const tooOld = await core.value('mandates.create', { title: 'För länge sedan', source: 'KF 2' });
    const finished = await core.value('mandates.create', { title: 'Slutfört', source: 'KF 3', status: 'completed' });
    const pastGoal = await core.value('goals.create', { title: 'Förra periodens mål', periodStart: '2024-01-01', periodEnd: '2025-12-31' });
    const a = await treatedItem('2025-09-10');
    const b = await treatedItem('2025-09-09');
    await core.value('registerLinks.set', { target: { agendaItemId: a.item.id }, mandateIds: [onEdge.id] });
    await core.value('registerLinks.set', { target: { agendaItemId: b.item.id }, mandateIds: [tooOld.id, finished.id], goalIds: [pastGoal.id] });

    const flags = async () => {
      const c = await core.value('registers.coverage', { groupId: f.group.id });
      return [onEdge.id, tooOld.id, finished.id, pastGoal.id].map((id) => coverageOf(c, id).warnings.notTreated);
    };
    expect(await flags()).toEqual([false, true, false, false]);
    expect(coverageOf(await core.value('registers.coverage', {}), tooOld.id)).toMatchObject({ daysSinceTreated: 182, monitored: true });
    expect(coverageOf(await core.value('registers.coverage', {}), pastGoal.id)).toMatchObject({ monitored: false });

    // The group's own period (migration 003) decides: seven months covers the older meeting too.
    core.db.prepare('UPDATE groups SET coverage_warning_months = 7 WHERE id = ?').run(f.group.id);
    expect(await flags()).toEqual([false, false, false, false]);
    expect((await core.value('registers.coverage', { groupId: f.group.id })).periodMonths).toBe(7);
  });

  it('counts one group, or any group within its own period, and names the group that treated it last', async () => {
    const mandate = await core.value('mandates.create', { title: 'Uppdrag', source: 'KF 1' });
    const operative = await seedGroup(core, 'Omlottgruppen');
    core.db.prepare('UPDATE groups SET coverage_warning_months = 12 WHERE id = ?').run(operative.group.id);
    const steering = await treatedItem('2025-08-01');
    const op = await treatedItem('2025-07-01', operative);
    await core.value('registerLinks.set', { target: { agendaItemId: steering.item.id }, mandateIds: [mandate.id] });
    await core.value('registerLinks.set', { target: { agendaItemId: op.item.id }, mandateIds: [mandate.id] });

    const all = await core.value('registers.coverage', {});
    expect(all.periodMonths).toBeNull();
    // Styrgruppen (6 months) is past its period, but Omlottgruppen (12 months) is within its own.
    expect(coverageOf(all, mandate.id)).toMatchObject({ lastTreated: { groupName: f.group.name, date: '2025-08-01' }, treatedMeetings: 2, warnings: { notTreated: false } });
    const ofSteering = await core.value('registers.coverage', { groupId: f.group.id });
    expect(coverageOf(ofSteering, mandate.id)).toMatchObject({ lastTreated: { groupId: f.group.id }, treatedMeetings: 1, warnings: { notTreated: true } });
    const ofOperative = await core.value('registers.coverage', { groupId: operative.group.id });
    expect(coverageOf(ofOperative, mandate.id)).toMatchObject({ lastTreated: { groupName: 'Omlottgruppen', date: '2025-07-01' }, warnings: { notTreated: false } });
    expect(await core.result('registers.coverage', { groupId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('warns when an active mandate is to be reported back within 30 days, or the date has passed', async () => {
    const mandate = (title: string, reportBackDate: string, status: 'active' | 'reported' = 'active') =>
      core.value('mandates.create', { title, source: 'KF 1', reportBackDate, status });
    const today = await mandate('I dag', '2026-03-10');
    const in30 = await mandate('Om 30 dagar', '2026-04-09');
    const in31 = await mandate('Om 31 dagar', '2026-04-10');
    const passed = await mandate('Passerat', '2026-03-09');
    const reported = await mandate('Redan återrapporterat', '2026-03-01', 'reported');
    const c = await core.value('registers.coverage', {});
    const view = (id: string) => {
      const e = coverageOf(c, id) as MethodOutput<'registers.coverage'>['mandates'][number];
      return [e.reportBackInDays, e.warnings.reportBackSoon, e.warnings.reportBackPassed];
    };
    expect(view(today.id)).toEqual([0, true, false]);
    expect(view(in30.id)).toEqual([30, true, false]);
    expect(view(in31.id)).toEqual([31, false, false]);
    expect(view(passed.id)).toEqual([-1, false, true]);
    expect(view(reported.id)).toEqual([-9, false, false]);
    expect(coverageOf(c, reported.id)).toMatchObject({ monitored: false, warnings: { notTreated: false } });
  });
});
