// Following up action items through the contract: the current state the database keeps, the
// follow-up item's list, recording (closing needs a note, a new due date a reason), replacing and
// withdrawing an entry, "stale" after the group's number of carries, and the register's filters.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../helpers/core.ts';
import { heldMeeting, meetingDecidingPlanAndReview, openSeededGroup, type Fixture } from '../helpers/protocol.ts';

let core: TestCore;
let f: Fixture;
beforeEach(async () => {
  ({ core, f } = await openSeededGroup()); // today is 2026-03-10 in Stockholm
});
afterEach(() => core.close());

/** A January meeting deciding two actions: one for Bertil (school), one for the group itself. */
async function decided() {
  const { meeting: january, plan, review } = await meetingDecidingPlanAndReview(core, f, '2026-01-10');
  return { january, plan, review };
}

const row = async (actionId: string) => (await core.value('actions.history', { actionId })).action;

describe('recording follow-ups', () => {
  it('lists the group’s open actions in the next meeting and moves the state with each entry', async () => {
    const { plan, review } = await decided();
    const february = await heldMeeting(core, f, '2026-02-10');
    const list = await core.value('followUps.forMeeting', { meetingId: february.id });
    expect(list.rows.map((r) => r.title)).toEqual(['Ta fram en plan', 'Utvärdera teamen']);
    expect(list.agendaItemId).toBe((await core.value('meetings.detail', { id: february.id })).items.find((i) => i.kind === 'follow_up')!.id);
    expect(list.rows[0]).toMatchObject({ status: 'not_started', dueDate: '2026-02-01', overdue: true, entry: null, owner: { personName: 'Bertil Ek' } });

    const entry = await core.value('followUps.record', {
      actionId: plan.id,
      meetingId: february.id,
      status: 'in_progress',
      note: 'Utkast klart.',
      newDueDate: '2026-04-30',
      dueDateReason: 'Väntar på elevhälsans underlag.',
    });
    const followUpSection = (await core.value('meetings.detail', { id: february.id })).items.find((i) => i.kind === 'follow_up')!.sectionNumber;
    expect(entry).toMatchObject({ date: '2026-02-10', progress: true, meetingId: february.id, meetingGroupId: f.group.id, sectionNumber: followUpSection });
    expect(await row(plan.id)).toMatchObject({ status: 'in_progress', dueDate: '2026-04-30', originalDueDate: '2026-02-01', overdue: false, latestNote: 'Utkast klart.', followUpCount: 1 });
    expect((await core.value('followUps.forMeeting', { meetingId: february.id })).rows[0]!.entry).toMatchObject({ id: entry.id });
    expect((await row(review.id)).status).toBe('not_started');
  });

  it('closes only with a closure note, and a new due date only with a reason — and then changes nothing', async () => {
    const { plan } = await decided();
    const february = await heldMeeting(core, f, '2026-02-10');
    expect(await core.result('followUps.record', { actionId: plan.id, meetingId: february.id, status: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'note', message: expect.stringContaining('vad som har gjorts') }] },
    });
    expect(await core.result('followUps.record', { actionId: plan.id, meetingId: february.id, status: 'in_progress', newDueDate: '2026-05-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'dueDateReason' }] },
    });
    expect(await row(plan.id)).toMatchObject({ status: 'not_started', followUpCount: 0 });
    await core.value('followUps.record', { actionId: plan.id, meetingId: february.id, status: 'done', note: 'Planen är antagen och används på alla skolor.' });
    expect(await row(plan.id)).toMatchObject({ status: 'done', closedOn: '2026-02-10', overdue: false, ageDays: 31 });
  });

  it('replaces the meeting’s own entry when recorded again, and a withdrawal restores the state before it', async () => {
    const { plan } = await decided();
    const february = await heldMeeting(core, f, '2026-02-10');
    await core.value('followUps.record', { actionId: plan.id, meetingId: february.id, status: 'in_progress', newDueDate: '2026-04-30', dueDateReason: 'Underlag saknas.' });
    const second = await core.value('followUps.record', { actionId: plan.id, meetingId: february.id, status: 'done', note: 'Klar.' });
    const history = await core.value('actions.history', { actionId: plan.id });
    expect(history.entries.map((e) => e.status)).toEqual(['done']);
    expect(history.action).toMatchObject({ status: 'done', dueDate: '2026-02-01' });
    await core.value('followUps.withdraw', { id: second.id });
    expect(await row(plan.id)).toMatchObject({ status: 'not_started', dueDate: '2026-02-01', closedOn: null, followUpCount: 0 });
  });

  it('refuses a meeting that is not a draft, another group’s action, and an entry dated before a later one', async () => {
    const { plan } = await decided();
    const other = await core.value('groups.create', { name: 'Omlottgruppen', kind: 'operative' });
    const elsewhere = await core.value('meetings.create', { groupId: other.id, date: '2026-02-15' });
    await core.value('meetings.start', { id: elsewhere.id });
    expect(await core.result('followUps.record', { actionId: plan.id, meetingId: elsewhere.id, status: 'in_progress' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const planned = await core.value('meetings.create', { groupId: f.group.id, date: '2026-02-05' });
    expect(await core.result('followUps.record', { actionId: plan.id, meetingId: planned.id, status: 'in_progress' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('starta mötet') },
    });
    const march = await heldMeeting(core, f, '2026-03-01');
    await core.value('followUps.record', { actionId: plan.id, meetingId: march.id, status: 'in_progress' });
    await core.value('meetings.start', { id: planned.id });
    expect(await core.result('followUps.record', { actionId: plan.id, meetingId: planned.id, status: 'done', note: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('2026-03-01') },
    });
  });
});

describe('stale actions', () => {
  it('is stale after the group’s number of meetings without progress; progress starts the count again', async () => {
    const { plan } = await decided();
    const meetings = [];
    for (const date of ['2026-02-01', '2026-02-15', '2026-03-01']) {
      const meeting = await heldMeeting(core, f, date);
      meetings.push(meeting);
      await core.value('followUps.record', { actionId: plan.id, meetingId: meeting.id, status: 'not_started', note: 'Inget nytt.' });
    }
    expect(await row(plan.id)).toMatchObject({ carriesWithoutProgress: 3, stale: true });
    await core.value('groups.update', { id: f.group.id, staleAfterCarries: 4 });
    expect((await row(plan.id)).stale).toBe(false);
    await core.value('followUps.withdraw', { id: (await core.value('actions.history', { actionId: plan.id })).entries.at(-1)!.id });
    await core.value('followUps.record', { actionId: plan.id, meetingId: meetings[2]!.id, status: 'in_progress', note: 'Arbetet har börjat.' });
    expect(await row(plan.id)).toMatchObject({ carriesWithoutProgress: 0, stale: false });
  });
});

describe('the action register', () => {
  it('filters by status, overdue, owner, organisation, group ownership, due window and text, sorts and pages', async () => {
    const { plan, review } = await decided();
    const all = await core.value('register.actions', {});
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.actionId)).toEqual([plan.id, review.id]); // by due date
    expect((await core.value('register.actions', { overdueOnly: true })).rows.map((r) => r.title)).toEqual(['Ta fram en plan']);
    expect((await core.value('register.actions', { organisationId: f.school.id })).rows.map((r) => r.title)).toEqual(['Ta fram en plan']);
    expect((await core.value('register.actions', { ownerPersonId: f.bertil.id })).total).toBe(1);
    expect((await core.value('register.actions', { dueWithinDays: 30 })).rows.map((r) => r.title)).toEqual(['Ta fram en plan']);
    expect((await core.value('register.actions', { text: 'utvärdera' })).rows.map((r) => r.title)).toEqual(['Utvärdera teamen']);
    expect((await core.value('register.actions', { sort: 'due', descending: true })).rows[0]!.actionId).toBe(review.id);
    expect((await core.value('register.actions', { sort: 'owner' })).rows.map((r) => r.owner.personName ?? r.owner.groupName)).toEqual(['Bertil Ek', f.group.name]);
    const page = await core.value('register.actions', { limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 2, rows: [{ actionId: review.id }] });
    expect(await core.result('register.actions', { dueWithinDays: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'dueWithinDays' }] } });
  });
});
