// § numbers: per group and calendar year, in meeting and agenda order, provisional until approval,
// renumbered in the same transaction as every change, never with gaps or duplicates.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../helpers/core.ts';
import { approvedMeeting, heldMeeting, planMeeting, range, sectionsByDate, openSeededGroup, seedGroup, type Fixture } from '../helpers/protocol.ts';

let core: TestCore;
let f: Fixture;
beforeEach(async () => {
  ({ core, f } = await openSeededGroup());
});
afterEach(() => core.close());

/** All numbers of the group per year, in meeting and agenda order: they must run 1 (or the start) … n. */
function numbersByYear(groupId: string): Map<string, number[]> {
  const rows = core.db
    .prepare(
      `SELECT substr(m.date, 1, 4) AS year, a.section_number AS n FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
       WHERE m.group_id = ? AND a.section_number IS NOT NULL ORDER BY m.date, COALESCE(m.start_time, ''), m.created_at, a.position`,
    )
    .all(groupId) as { year: string; n: number }[];
  const byYear = new Map<string, number[]>();
  for (const row of rows) byYear.set(row.year, [...(byYear.get(row.year) ?? []), row.n]);
  return byYear;
}

function expectNoGaps(groupId: string, starts: Record<string, number> = {}): void {
  for (const [year, numbers] of numbersByYear(groupId)) expect(numbers, year).toEqual(range(starts[year] ?? 1, numbers.length));
}

const itemIds = async (meetingId: string) => (await core.value('meetings.detail', { id: meetingId })).items.map((i) => i.id);

describe('section numbers', () => {
  it('gives planned meetings no numbers and a started meeting § 1 … n in agenda order', async () => {
    const planned = await planMeeting(core, f, '2026-02-01');
    expect(planned.sections).toEqual([]);
    const held = await heldMeeting(core, f, '2026-02-01');
    expect(held).toMatchObject({ status: 'draft', sections: range(1, 8) });
    const detail = await core.value('meetings.detail', { id: held.id });
    expect(detail.items.map((i) => i.sectionNumber)).toEqual(range(1, 8));
    expect(detail.sectionsFixed).toBe(false);
  });

  it('continues from the previous held meeting of the year and renumbers later drafts on every agenda change', async () => {
    const first = await heldMeeting(core, f, '2026-02-01');
    const second = await heldMeeting(core, f, '2026-03-01');
    expect(await sectionsByDate(core, f)).toEqual({ '2026-02-01': range(1, 8), '2026-03-01': range(9, 8) });

    // Adding a matter to the first pushes the second along.
    const matter = await core.value('agendaItems.create', { meetingId: first.id, title: 'Samverkan kring elever med hög frånvaro' });
    expect(matter).toMatchObject({ position: 6, sectionNumber: 6, kind: 'matter' }); // before "Övriga frågor"
    expect(await sectionsByDate(core, f)).toEqual({ '2026-02-01': range(1, 9), '2026-03-01': range(10, 8) });

    // Moving keeps the numbers in agenda order.
    await core.value('agendaItems.move', { id: matter.id, position: 1 });
    const moved = await core.value('meetings.detail', { id: first.id });
    expect(moved.items.map((i) => [i.title, i.sectionNumber]).slice(0, 2)).toEqual([['Samverkan kring elever med hög frånvaro', 1], ['Mötets öppnande', 2]]);

    // Deleting closes the gap everywhere.
    const [, second1] = await itemIds(second.id);
    await core.value('agendaItems.delete', { id: second1! });
    await core.value('agendaItems.delete', { id: matter.id });
    expect(await sectionsByDate(core, f)).toEqual({ '2026-02-01': range(1, 8), '2026-03-01': range(9, 7) });
    expectNoGaps(f.group.id);
  });

  it('numbers a meeting held between two others in date order, and closes up when one is cancelled or deleted', async () => {
    const march = await heldMeeting(core, f, '2026-03-01');
    const may = await heldMeeting(core, f, '2026-05-01');
    const april = await heldMeeting(core, f, '2026-04-01');
    expect(await sectionsByDate(core, f)).toEqual({ '2026-03-01': range(1, 8), '2026-04-01': range(9, 8), '2026-05-01': range(17, 8) });

    await core.value('meetings.cancel', { id: april.id });
    expect(await sectionsByDate(core, f)).toEqual({ '2026-03-01': range(1, 8), '2026-05-01': range(9, 8) });
    expect((await core.value('meetings.get', { id: april.id })).sections).toEqual([]);

    await core.value('meetings.delete', { id: march.id });
    expect(await sectionsByDate(core, f)).toEqual({ '2026-05-01': range(1, 8) });
    expect((await core.value('meetings.get', { id: may.id })).status).toBe('draft');
  });

  it('renumbers when a held meeting moves to another date or year', async () => {
    const a = await heldMeeting(core, f, '2026-02-01');
    const b = await heldMeeting(core, f, '2026-03-01');
    await core.value('meetings.update', { id: b.id, date: '2026-01-15' });
    expect(await sectionsByDate(core, f)).toEqual({ '2026-01-15': range(1, 8), '2026-02-01': range(9, 8) });
    await core.value('meetings.update', { id: a.id, date: '2025-12-10' });
    expect(await sectionsByDate(core, f)).toEqual({ '2025-12-10': range(1, 8), '2026-01-15': range(1, 8) });
  });

  it('starts again at § 1 in a new calendar year', async () => {
    await heldMeeting(core, f, '2025-11-20');
    await heldMeeting(core, f, '2025-12-15');
    await heldMeeting(core, f, '2026-01-20');
    expect(await sectionsByDate(core, f)).toEqual({ '2025-11-20': range(1, 8), '2025-12-15': range(9, 8), '2026-01-20': range(1, 8) });
    expectNoGaps(f.group.id);
  });

  it('runs per group: another group counts on its own', async () => {
    const other = await seedGroup(core, 'Omlottgruppen');
    await heldMeeting(core, f, '2026-02-01');
    await heldMeeting(core, other, '2026-02-15');
    expect(await sectionsByDate(core, other)).toEqual({ '2026-02-15': range(1, 8) });
  });

  it('starts the year at the group’s own first number and renumbers the drafts when it changes', async () => {
    await core.value('groups.setSectionStart', { groupId: f.group.id, year: 2026, firstNumber: 40 });
    await heldMeeting(core, f, '2026-02-01');
    await heldMeeting(core, f, '2025-12-01');
    expect(await sectionsByDate(core, f)).toEqual({ '2025-12-01': range(1, 8), '2026-02-01': range(40, 8) });
    expect(await core.value('groups.setSectionStart', { groupId: f.group.id, year: 2026, firstNumber: 12 })).toEqual([{ year: 2026, firstNumber: 12 }]);
    expect(await sectionsByDate(core, f)).toEqual({ '2025-12-01': range(1, 8), '2026-02-01': range(12, 8) });
    expect(await core.value('groups.getSectionStarts', { groupId: f.group.id })).toEqual([{ year: 2026, firstNumber: 12 }]);
    expectNoGaps(f.group.id, { 2026: 12 });
  });

  it('fixes the numbers at approval: later drafts continue after them and approved items are never renumbered', async () => {
    const first = await approvedMeeting(core, f, '2026-02-01');
    const second = await heldMeeting(core, f, '2026-03-01');
    expect(await sectionsByDate(core, f)).toEqual({ '2026-02-01': range(1, 8), '2026-03-01': range(9, 8) });
    expect((await core.value('meetings.detail', { id: first.id })).sectionsFixed).toBe(true);
    await core.value('agendaItems.create', { meetingId: second.id, title: 'Nytt ärende', position: 1 });
    expect(await sectionsByDate(core, f)).toEqual({ '2026-02-01': range(1, 8), '2026-03-01': range(9, 9) });
    // A different first number is refused once a protocol of the year is approved.
    expect(await core.result('groups.setSectionStart', { groupId: f.group.id, year: 2026, firstNumber: 5 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expectNoGaps(f.group.id);
  });

  it('refuses to hold a meeting before an approved one of the same year, and changes nothing', async () => {
    await approvedMeeting(core, f, '2026-03-01');
    const earlier = await planMeeting(core, f, '2026-02-01');
    const result = await core.result('meetings.start', { id: earlier.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('2026-03-01') } });
    expect((await core.value('meetings.get', { id: earlier.id })).status).toBe('planned');
    const later = await heldMeeting(core, f, '2026-04-01');
    expect(await core.result('meetings.update', { id: later.id, date: '2026-02-15' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await core.value('meetings.get', { id: later.id })).date).toBe('2026-04-01');
  });

  it('has no gaps or duplicates after a long mixed sequence of changes', async () => {
    const meetings = [];
    for (const date of ['2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10']) meetings.push(await heldMeeting(core, f, date));
    await core.value('agendaItems.create', { meetingId: meetings[1]!.id, title: 'A' });
    await core.value('agendaItems.create', { meetingId: meetings[2]!.id, title: 'B', position: 3 });
    const [x] = await itemIds(meetings[3]!.id);
    await core.value('agendaItems.move', { id: x!, position: 99 });
    await core.value('meetings.cancel', { id: meetings[2]!.id });
    await core.value('agendaItems.delete', { id: (await itemIds(meetings[0]!.id))[4]! });
    await heldMeeting(core, f, '2026-02-20');
    expectNoGaps(f.group.id);
    expect(numbersByYear(f.group.id).get('2026')).toHaveLength(7 + 9 + 8 + 8);
  });
});
