// Attendance, substitutes, others present, and the rule that chair and adjusters are among those present.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tableCount, type TestCore } from '../helpers/core.ts';
import { databaseSnapshot, planMeeting, openSeededGroup, type Fixture } from '../helpers/protocol.ts';

let core: TestCore;
let f: Fixture;
beforeEach(async () => {
  ({ core, f } = await openSeededGroup());
});
afterEach(() => core.close());

describe('attendance', () => {
  it('records members with the organisation and role of their membership that day', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    const filled = await core.value('attendance.fillFromMembers', { meetingId: meeting.id });
    expect(filled.map((a) => [a.personName, a.role, a.status, a.organisationName])).toEqual([
      ['Anna Öberg', 'chair', 'present', f.social.name],
      ['Cecilia Holm', 'secretary', 'present', f.social.name],
      ['Bertil Ek', 'member', 'present', f.school.name],
    ]);
    // Filling again adds nobody twice.
    expect(await core.value('attendance.fillFromMembers', { meetingId: meeting.id })).toHaveLength(3);
  });

  it('records a substitute for an absent member ("X ersätter Y") and changes status in place', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    await core.value('attendance.set', { meetingId: meeting.id, personId: f.bertil.id, status: 'absent' });
    const substitute = await core.value('attendance.set', { meetingId: meeting.id, personId: f.david.id, status: 'substitute', substituteForPersonId: f.bertil.id });
    expect(substitute).toMatchObject({ personName: 'David Lund', role: 'substitute', status: 'substitute', substituteForName: 'Bertil Ek', organisationName: f.school.name });
    const present = await core.value('attendance.set', { meetingId: meeting.id, personId: f.david.id, status: 'present', substituteForPersonId: f.bertil.id });
    expect(present).toMatchObject({ id: substitute.id, status: 'present', substituteForPersonId: null });
    expect(tableCount(core, 'attendance')).toBe(2);
  });

  it('takes a person from outside the group with their own organisation, or the one given', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    const guest = await core.value('people.create', { name: 'Gustav Nord', organisationId: f.school.id });
    expect(await core.value('attendance.set', { meetingId: meeting.id, personId: guest.id, status: 'present' })).toMatchObject({ organisationId: f.school.id, role: null });
    expect(await core.value('attendance.set', { meetingId: meeting.id, personId: guest.id, status: 'present', organisationId: f.social.id, role: 'co_opted' })).toMatchObject({
      organisationId: f.social.id,
      role: 'co_opted',
    });
  });

  it('requires whom a substitute replaces, and not themselves', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    expect(await core.result('attendance.set', { meetingId: meeting.id, personId: f.david.id, status: 'substitute' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'substituteForPersonId', message: 'Ange vem ersättaren ersätter.' }] },
    });
    expect(await core.result('attendance.set', { meetingId: meeting.id, personId: f.david.id, status: 'substitute', substituteForPersonId: f.david.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'substituteForPersonId' }] },
    });
    expect(tableCount(core, 'attendance')).toBe(0);
  });

  it('removes a person from the list', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    await core.value('attendance.fillFromMembers', { meetingId: meeting.id });
    await core.value('attendance.remove', { meetingId: meeting.id, personId: f.bertil.id });
    expect((await core.value('meetings.detail', { id: meeting.id })).attendance.map((a) => a.personName)).toEqual(['Anna Öberg', 'Cecilia Holm']);
    expect(await core.result('attendance.remove', { meetingId: meeting.id, personId: f.bertil.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('chair and adjusters', () => {
  it('must be among those present, and cannot be marked absent or removed while they hold the role', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    const before = databaseSnapshot(core);
    const refused = await core.result('meetings.update', { id: meeting.id, chairPersonId: f.anna.id, adjusterPersonIds: [f.bertil.id] });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'chairPersonId', message: expect.stringContaining('närvarande') }, { path: 'adjusterPersonIds' }] },
    });
    expect(databaseSnapshot(core)).toEqual(before);

    await core.value('attendance.fillFromMembers', { meetingId: meeting.id });
    await core.value('meetings.update', { id: meeting.id, chairPersonId: f.anna.id, adjusterPersonIds: [f.bertil.id] });
    for (const attempt of [
      core.result('attendance.set', { meetingId: meeting.id, personId: f.bertil.id, status: 'absent' }),
      core.result('attendance.remove', { meetingId: meeting.id, personId: f.anna.id }),
    ]) {
      expect(await attempt).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('justerare') } });
    }
    // A substitute is present and may adjust.
    await core.value('attendance.set', { meetingId: meeting.id, personId: f.david.id, status: 'substitute', substituteForPersonId: f.bertil.id });
    expect((await core.value('meetings.update', { id: meeting.id, adjusterPersonIds: [f.bertil.id, f.david.id] })).adjusterPersonIds).toEqual([f.bertil.id, f.david.id]);
  });
});

describe('others present', () => {
  it('records guests with the items they attended', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    const [a, b] = (await core.value('meetings.detail', { id: meeting.id })).items;
    const guest = await core.value('otherAttendees.create', { meetingId: meeting.id, name: 'Eva Strand', title: 'Jurist', organisationName: 'Stadsledningskontoret', agendaItemIds: [b!.id, a!.id] });
    expect(guest).toMatchObject({ position: 1, agendaItemIds: [a!.id, b!.id] });
    const updated = await core.value('otherAttendees.update', { id: guest.id, title: null, agendaItemIds: [b!.id] });
    expect(updated).toMatchObject({ name: 'Eva Strand', title: null, organisationName: 'Stadsledningskontoret', agendaItemIds: [b!.id] });
    await core.value('otherAttendees.delete', { id: guest.id });
    expect(tableCount(core, 'other_attendee_items')).toBe(0);
  });

  it('refuses items of another meeting', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    const other = await planMeeting(core, f, '2026-05-01');
    const [foreign] = (await core.value('meetings.detail', { id: other.id })).items;
    expect(await core.result('otherAttendees.create', { meetingId: meeting.id, name: 'Eva', agendaItemIds: [foreign!.id] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'agendaItemIds' }] },
    });
    expect(tableCount(core, 'other_attendees')).toBe(0);
  });
});
