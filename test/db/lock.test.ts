// An approved protocol is locked: every method that would change the meeting, its attendance,
// agenda, notes, basis documents, decisions or actions refuses with LOCKED and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/contract/index.ts';
import { errorText } from '../../shared/i18n/sv/errors.ts';
import { insertDecisionRecipient } from '../../electron/core/repositories/decisions.ts';
import { updateBasisDocument } from '../../electron/core/repositories/agenda.ts';
import { openTestCore, type TestCore } from '../helpers/core.ts';
import { databaseSnapshot, heldMeeting, seedGroup } from '../helpers/protocol.ts';

let core: TestCore;
let ids: Record<'meeting' | 'item' | 'doc' | 'decision' | 'action' | 'other' | 'anna' | 'bertil' | 'david' | 'school' | 'group', string>;

beforeAll(async () => {
  core = await openTestCore({ now: () => new Date('2026-03-10T09:00:00Z') });
  const f = await seedGroup(core);
  const meeting = await heldMeeting(core, f, '2026-03-05');
  const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Skolsociala team' });
  const doc = await core.value('basisDocuments.create', { agendaItemId: item.id, title: 'Lägesrapport', reference: 'SN 2026/112' });
  const decision = await core.value('decisions.create', { agendaItemId: item.id, text: 'Styrgruppen beslutar att förlänga projektet.', recipients: [{ organisationId: f.school.id }] });
  const action = await core.value('actions.create', { decisionId: decision.id, title: 'Ta fram en plan', owner: { groupId: f.group.id }, dueDate: '2026-05-01' });
  const other = await core.value('otherAttendees.create', { meetingId: meeting.id, name: 'Eva Strand', agendaItemIds: [item.id] });
  await core.value('meetings.sendForApproval', { id: meeting.id });
  await core.value('meetings.approve', { id: meeting.id });
  ids = { meeting: meeting.id, item: item.id, doc: doc.id, decision: decision.id, action: action.id, other: other.id, anna: f.anna.id, bertil: f.bertil.id, david: f.david.id, school: f.school.id, group: f.group.id };
});
afterAll(() => core.close());

const attempts: [MethodName, () => Record<string, unknown>][] = [
  ['meetings.update', () => ({ id: ids.meeting, place: 'Stadshuset' })],
  ['meetings.start', () => ({ id: ids.meeting })],
  ['meetings.sendForApproval', () => ({ id: ids.meeting })],
  ['meetings.reopen', () => ({ id: ids.meeting })],
  ['meetings.approve', () => ({ id: ids.meeting })],
  ['meetings.cancel', () => ({ id: ids.meeting })],
  ['agendaItems.create', () => ({ meetingId: ids.meeting, title: 'Ny punkt' })],
  ['agendaItems.update', () => ({ id: ids.item, title: 'Ändrad' })],
  ['agendaItems.delete', () => ({ id: ids.item })],
  ['agendaItems.move', () => ({ id: ids.item, position: 1 })],
  ['agendaItems.setNotes', () => ({ id: ids.item, notes: { type: 'doc', content: [] } })],
  ['basisDocuments.create', () => ({ agendaItemId: ids.item, title: 'Bilaga' })],
  ['basisDocuments.update', () => ({ id: ids.doc, title: 'Ändrad' })],
  ['basisDocuments.delete', () => ({ id: ids.doc })],
  ['attendance.set', () => ({ meetingId: ids.meeting, personId: ids.david, status: 'present' })],
  ['attendance.remove', () => ({ meetingId: ids.meeting, personId: ids.bertil })],
  ['attendance.fillFromMembers', () => ({ meetingId: ids.meeting })],
  ['otherAttendees.create', () => ({ meetingId: ids.meeting, name: 'Ny gäst' })],
  ['otherAttendees.update', () => ({ id: ids.other, name: 'Ändrad' })],
  ['otherAttendees.delete', () => ({ id: ids.other })],
  ['decisions.create', () => ({ agendaItemId: ids.item, text: 'Nytt beslut' })],
  ['decisions.update', () => ({ id: ids.decision, recipients: [] })],
  ['decisions.delete', () => ({ id: ids.decision })],
  ['actions.create', () => ({ decisionId: ids.decision, title: 'Nytt uppdrag', owner: { groupId: ids.group }, dueDate: '2026-06-01' })],
  ['actions.update', () => ({ id: ids.action, dueDate: '2026-06-01' })],
  ['actions.delete', () => ({ id: ids.action })],
];

describe('an approved protocol', () => {
  it.each(attempts)('%s refuses with LOCKED and changes nothing', async (method, input) => {
    const before = databaseSnapshot(core);
    const result = await core.result(method, input());
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED', message: errorText.meetingLocked } });
    expect(databaseSnapshot(core)).toEqual(before);
  });

  it('cannot be deleted', async () => {
    const before = databaseSnapshot(core);
    expect(await core.result('meetings.delete', { id: ids.meeting })).toMatchObject({ ok: false, error: { code: 'LOCKED', message: errorText.meetingNotDeletable } });
    expect(databaseSnapshot(core)).toEqual(before);
  });

  it('is also refused by the database when a service is bypassed', () => {
    expect(() => updateBasisDocument(core.db, ids.doc, { title: 'Ändrad' })).toThrow(/LOCKED/);
    expect(() => insertDecisionRecipient(core.db, ids.decision, { groupId: ids.group })).toThrow(/LOCKED/);
  });

  it('still takes corrections, and the lock message says how to correct', async () => {
    expect(errorText.meetingLocked).toContain('rättelse');
    expect((await core.value('corrections.create', { meetingId: ids.meeting, text: 'Rättelse av § 6', reason: 'Skrivfel' })).meetingId).toBe(ids.meeting);
  });
});
