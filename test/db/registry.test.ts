// Organisations, people, groups, memberships and meetings through the contract, on a real file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listChanges } from '../../electron/core/repositories/changeLog.ts';
import { openTestCore, tableCount, type TestCore } from '../helpers/core.ts';

let core: TestCore;
beforeEach(async () => {
  core = await openTestCore({ now: () => new Date('2026-03-10T09:00:00Z') });
});
afterEach(() => core.close());

async function seed() {
  const social = await core.value('organisations.create', { name: 'Socialförvaltningen', kind: 'administration' });
  const school = await core.value('organisations.create', { name: 'Utbildningsförvaltningen', shortName: 'UTF', kind: 'administration' });
  const anna = await core.value('people.create', { name: 'Anna Öberg', title: 'Förvaltningschef', organisationId: social.id });
  const group = await core.value('groups.create', { name: 'Styrgruppen för skola och socialtjänst', kind: 'steering' });
  return { social, school, anna, group };
}

describe('organisations and people', () => {
  it('creates, lists in Swedish order and updates', async () => {
    const { social, anna } = await seed();
    await core.value('organisations.create', { name: 'Öppna förskolan', kind: 'other' });
    await core.value('organisations.create', { name: 'Ängelholms kommun', kind: 'other' });
    await core.value('organisations.create', { name: 'Åklagarmyndigheten', kind: 'other' });
    const names = (await core.value('organisations.list', {})).map((o) => o.name);
    // Swedish alphabetical order: … Z, Å, Ä, Ö (SQLite's byte order would put Ä before Å)
    expect(names).toEqual(['Socialförvaltningen', 'Utbildningsförvaltningen', 'Åklagarmyndigheten', 'Ängelholms kommun', 'Öppna förskolan']);
    const renamed = await core.value('organisations.update', { id: social.id, name: 'Socialförvaltningen Norr' });
    expect(renamed).toMatchObject({ id: social.id, name: 'Socialförvaltningen Norr', kind: 'administration' });
    expect((await core.value('people.list', {}))[0]).toMatchObject({ id: anna.id, organisationName: 'Socialförvaltningen Norr' });
  });

  it('refuses a duplicate organisation name, whatever the case', async () => {
    await seed();
    const result = await core.result('organisations.create', { name: 'SOCIALFÖRVALTNINGEN', kind: 'administration' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('finns redan') } });
    expect(tableCount(core, 'organisations')).toBe(2);
  });

  it('refuses to delete an organisation or person that is referred to, and says why', async () => {
    const { social, school, anna } = await seed();
    expect(await core.result('organisations.delete', { id: social.id })).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
    await core.value('organisations.delete', { id: school.id });
    const { group } = { group: (await core.value('groups.list', {}))[0]! };
    await core.value('memberships.create', { groupId: group.id, personId: anna.id, organisationId: social.id, role: 'chair' });
    expect(await core.result('people.delete', { id: anna.id })).toMatchObject({ ok: false, error: { code: 'IN_USE', message: expect.stringContaining('1 medlemskap') } });
  });

  it('records who made every change, in the same transaction', async () => {
    const { social } = await seed();
    await core.value('organisations.update', { id: social.id, shortName: 'SOF' });
    const changes = listChanges(core.db, 'organisation', social.id);
    expect(changes.map((c) => c.operation)).toEqual(['create', 'update']);
    expect(changes[1]).toMatchObject({ actorName: 'Sara Lind', actorTitle: 'Nämndsekreterare', at: '2026-03-10T09:00:00.000Z' });
  });

  it('refuses changes until the user has given a name', async () => {
    const anonymous = await openTestCore({ withUser: false });
    const result = await anonymous.result('organisations.create', { name: 'Polisen', kind: 'police' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('namn') } });
    expect(tableCount(anonymous, 'organisations')).toBe(0);
    anonymous.close();
  });
});

describe('groups and memberships', () => {
  it('gives a new group the standing agenda template', async () => {
    const { group } = await seed();
    const titles = core.db.prepare('SELECT title FROM agenda_templates WHERE group_id = ? ORDER BY position').all(group.id).map((r) => (r as { title: string }).title);
    expect(titles).toEqual([
      'Mötets öppnande', 'Val av justerare', 'Godkännande av dagordningen', 'Föregående protokoll',
      'Uppföljning av beslut och uppdrag', 'Övriga frågor', 'Nästa möte', 'Mötets avslutande',
    ]);
  });

  it('keeps memberships with validity so an old protocol still shows who represented whom', async () => {
    const { social, school, anna, group } = await seed();
    await core.value('memberships.create', { groupId: group.id, personId: anna.id, organisationId: school.id, role: 'member', validFrom: '2024-01-01', validTo: '2024-12-31' });
    await core.value('memberships.create', { groupId: group.id, personId: anna.id, organisationId: social.id, role: 'chair', validFrom: '2025-01-01' });
    expect((await core.value('memberships.list', { groupId: group.id, onDate: '2024-06-01' })).map((m) => [m.organisationName, m.role])).toEqual([['Utbildningsförvaltningen', 'member']]);
    expect((await core.value('memberships.list', { groupId: group.id, onDate: '2026-03-10' })).map((m) => [m.organisationName, m.role])).toEqual([['Socialförvaltningen', 'chair']]);
    expect(await core.value('memberships.list', { groupId: group.id })).toHaveLength(2);
    expect((await core.value('groups.get', { id: group.id })).memberCount).toBe(1);
  });

  it('rejects a validity that ends before it starts, also when only one end is changed', async () => {
    const { social, anna, group } = await seed();
    const bad = await core.result('memberships.create', { groupId: group.id, personId: anna.id, organisationId: social.id, role: 'member', validFrom: '2025-06-01', validTo: '2025-01-01' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'validTo' }] } });
    const m = await core.value('memberships.create', { groupId: group.id, personId: anna.id, organisationId: social.id, role: 'member', validFrom: '2025-06-01' });
    expect(await core.result('memberships.update', { id: m.id, validTo: '2025-01-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses to delete a group that has meetings; deletes an unused one with its memberships', async () => {
    const { social, anna, group } = await seed();
    await core.value('memberships.create', { groupId: group.id, personId: anna.id, organisationId: social.id, role: 'chair' });
    const meeting = await core.value('meetings.create', { groupId: group.id, date: '2026-04-01' });
    expect(await core.result('groups.delete', { id: group.id })).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
    await core.value('meetings.delete', { id: meeting.id });
    await core.value('groups.delete', { id: group.id });
    expect(tableCount(core, 'memberships')).toBe(0);
    expect(tableCount(core, 'agenda_templates')).toBe(0);
  });
});

describe('meetings', () => {
  it('plans a meeting with the standing agenda and no § numbers yet', async () => {
    const { group } = await seed();
    const meeting = await core.value('meetings.create', { groupId: group.id, date: '2026-04-01', startTime: '13.00', endTime: '15.30', place: 'Stadshuset, sal 3' });
    expect(meeting).toMatchObject({ status: 'planned', kind: 'protocol', startTime: '13:00', endTime: '15:30', sections: [], itemCount: 8, groupName: group.name });
    expect((await core.value('groups.get', { id: group.id })).nextMeetingDate).toBe('2026-04-01');
  });

  it('lists upcoming meetings soonest first, without cancelled or past ones', async () => {
    const { group } = await seed();
    await core.value('meetings.create', { groupId: group.id, date: '2026-05-01' });
    await core.value('meetings.create', { groupId: group.id, date: '2026-03-01' });
    const cancelled = await core.value('meetings.create', { groupId: group.id, date: '2026-03-20' });
    core.db.prepare("UPDATE meetings SET status = 'cancelled' WHERE id = ?").run(cancelled.id);
    await core.value('meetings.create', { groupId: group.id, date: '2026-04-01' });
    expect((await core.value('meetings.upcoming', {})).map((m) => m.date)).toEqual(['2026-04-01', '2026-05-01']);
    expect((await core.value('meetings.list', { groupId: group.id, statuses: ['cancelled'] })).map((m) => m.date)).toEqual(['2026-03-20']);
  });

  it('sets chair, secretary and at most two adjusters', async () => {
    const { anna, group } = await seed();
    const meeting = await core.value('meetings.create', { groupId: group.id, date: '2026-04-01' });
    await core.value('attendance.set', { meetingId: meeting.id, personId: anna.id, status: 'present' });
    const updated = await core.value('meetings.update', { id: meeting.id, chairPersonId: anna.id, adjusterPersonIds: [anna.id] });
    expect(updated).toMatchObject({ chairPersonId: anna.id, adjusterPersonIds: [anna.id] });
    const tooMany = await core.result('meetings.update', { id: meeting.id, adjusterPersonIds: [anna.id, anna.id, anna.id] });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('never changes or deletes an approved meeting', async () => {
    const { group } = await seed();
    const meeting = await core.value('meetings.create', { groupId: group.id, date: '2026-02-01' });
    core.db.prepare("UPDATE meetings SET status = 'approved', approved_at = ?, approved_by_name = 'Sara Lind', approved_copy = '{}' WHERE id = ?").run('2026-02-10T10:00:00Z', meeting.id);
    expect(await core.result('meetings.update', { id: meeting.id, place: 'Annat' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await core.result('meetings.delete', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await core.value('meetings.get', { id: meeting.id })).status).toBe('approved');
  });

  it('answers NOT_FOUND for a meeting that does not exist', async () => {
    expect(await core.result('meetings.get', { id: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('Mötet finns inte') } });
  });
});
