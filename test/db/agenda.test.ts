// The agenda of a meeting, its notes and basis documents, the group's standing items, and the
// meeting page's model that shows them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listChanges } from '../../electron/core/repositories/changeLog.ts';
import { openTestCore, type TestCore } from '../helpers/core.ts';
import { heldMeeting, openSeededGroup, planMeeting, seedGroup, type Fixture } from '../helpers/protocol.ts';

let core: TestCore;
let f: Fixture;
beforeEach(async () => {
  ({ core, f } = await openSeededGroup());
});
afterEach(() => core.close());

const titles = async (meetingId: string) => (await core.value('meetings.detail', { id: meetingId })).items.map((i) => i.title);

const notes = (...paragraphs: string[]) => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

describe('agenda items', () => {
  it('puts a new matter before the closing standing items, other items at the end or where asked', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Ärende A' });
    await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Ärende B' });
    await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Information', kind: 'other_matters' });
    await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Först', position: 1 });
    await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Sist', position: 999 });
    expect(await titles(meeting.id)).toEqual([
      'Först', 'Mötets öppnande', 'Val av justerare', 'Godkännande av dagordningen', 'Föregående protokoll',
      'Uppföljning av beslut och uppdrag', 'Ärende A', 'Ärende B', 'Övriga frågor', 'Nästa möte', 'Mötets avslutande', 'Information', 'Sist',
    ]);
    const positions = core.db.prepare('SELECT position FROM agenda_items WHERE meeting_id = ? ORDER BY position').all(meeting.id).map((r) => (r as { position: number }).position);
    expect(positions).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it('edits every field and keeps what is not sent', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Ärende', description: 'Bakgrund', confidential: true, presenterPersonId: f.bertil.id });
    expect(item).toMatchObject({ presenterName: 'Bertil Ek', confidential: true, description: 'Bakgrund', sectionNumber: null });
    const updated = await core.value('agendaItems.update', { id: item.id, title: 'Nytt namn', presenterPersonId: null, presenterText: 'Extern föredragande' });
    expect(updated).toMatchObject({ title: 'Nytt namn', description: 'Bakgrund', confidential: true, presenterPersonId: null, presenterText: 'Extern föredragande' });
    expect((await core.value('agendaItems.update', { id: item.id, confidential: false })).confidential).toBe(false);
    expect(listChanges(core.db, 'agenda_item', item.id).map((c) => c.operation)).toEqual(['create', 'update', 'update']);
  });

  it('moves an item and keeps positions 1 … n, clamping out-of-range positions', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    const [first] = (await core.value('meetings.detail', { id: meeting.id })).items;
    const moved = await core.value('agendaItems.move', { id: first!.id, position: 3 });
    expect(moved.map((i) => i.title).slice(0, 3)).toEqual(['Val av justerare', 'Godkännande av dagordningen', 'Mötets öppnande']);
    expect(moved.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const last = await core.value('agendaItems.move', { id: first!.id, position: 50 });
    expect(last[7]!.title).toBe('Mötets öppnande');
  });

  it('refuses a linked meeting of another group or the meeting itself', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    const other = await seedGroup(core, 'Omlottgruppen');
    const foreign = await planMeeting(core, other, '2026-03-01');
    for (const linkedMeetingId of [foreign.id, meeting.id]) {
      expect(await core.result('agendaItems.create', { meetingId: meeting.id, title: 'Föregående', kind: 'previous_minutes', linkedMeetingId })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'linkedMeetingId' }] },
      });
    }
  });

  it('deletes an item with its decisions and actions', async () => {
    const meeting = await heldMeeting(core, f, '2026-04-01');
    const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Ärende' });
    const decision = await core.value('decisions.create', { agendaItemId: item.id, text: 'Beslut' });
    await core.value('actions.create', { decisionId: decision.id, title: 'Uppdrag', owner: { groupId: f.group.id }, dueDate: '2026-05-01' });
    await core.value('agendaItems.delete', { id: item.id });
    expect(core.db.prepare('SELECT count(*) AS n FROM actions').get()).toEqual({ n: 0 });
    expect(await core.result('agendaItems.update', { id: item.id, title: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('notes', () => {
  it('stores the editor document as sent and answers with the guard’s warnings', async () => {
    const meeting = await heldMeeting(core, f, '2026-04-01');
    const [item] = (await core.value('meetings.detail', { id: meeting.id })).items;
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Fet', marks: [{ type: 'bold' }] }, { type: 'text', text: ' och vanlig text.' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Punkt 😀' }] }] }] },
      ],
    };
    expect(await core.value('agendaItems.setNotes', { id: item!.id, notes: doc })).toEqual({ id: item!.id, identityWarnings: [] });
    expect((await core.value('meetings.detail', { id: meeting.id })).items[0]!.notes).toEqual(doc);
    const warned = await core.value('agendaItems.setNotes', { id: item!.id, notes: notes('Eleven har personnummer 20150312-2382.') });
    expect(warned.identityWarnings).toEqual([{ field: 'notes', matches: [{ start: 24, end: 37, text: '20150312-2382', kind: 'personnummer' }] }]);
    await core.value('agendaItems.setNotes', { id: item!.id, notes: null });
    expect((await core.value('meetings.detail', { id: meeting.id })).items[0]!.notes).toBeNull();
  });

  it('does not copy the text into the change log on every autosave', async () => {
    const meeting = await heldMeeting(core, f, '2026-04-01');
    const [item] = (await core.value('meetings.detail', { id: meeting.id })).items;
    await core.value('agendaItems.setNotes', { id: item!.id, notes: notes('Hemlig formulering') });
    const logged = listChanges(core.db, 'agenda_item', item!.id).map((c) => c.data ?? '');
    expect(logged.join('')).not.toContain('Hemlig');
  });
});

describe('basis documents', () => {
  it('adds, edits and removes the documents of an item', async () => {
    const meeting = await planMeeting(core, f, '2026-04-01');
    const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Ärende' });
    const a = await core.value('basisDocuments.create', { agendaItemId: item.id, title: 'Tjänsteskrivelse', reference: 'UN 2026/45' });
    const b = await core.value('basisDocuments.create', { agendaItemId: item.id, title: 'Bilaga' });
    expect([a.position, b.position]).toEqual([1, 2]);
    expect(await core.value('basisDocuments.update', { id: b.id, reference: 'UN 2026/46' })).toMatchObject({ title: 'Bilaga', reference: 'UN 2026/46' });
    expect(await core.value('basisDocuments.update', { id: a.id, reference: null })).toMatchObject({ title: 'Tjänsteskrivelse', reference: null });
    await core.value('basisDocuments.delete', { id: a.id });
    const detail = await core.value('meetings.detail', { id: meeting.id });
    expect(detail.items.find((i) => i.id === item.id)!.basisDocuments.map((d) => d.title)).toEqual(['Bilaga']);
  });
});

describe('the group’s standing items', () => {
  it('are read and replaced, and new meetings start from them', async () => {
    const template = await core.value('groups.getAgendaTemplate', { groupId: f.group.id });
    expect(template).toHaveLength(8);
    const edited = [...template.slice(0, 4), { title: 'Lägesbild från polisen', kind: 'matter' as const }, ...template.slice(4)];
    expect(await core.value('groups.setAgendaTemplate', { groupId: f.group.id, items: edited })).toEqual(edited);
    const meeting = await planMeeting(core, f, '2026-04-01');
    expect((await titles(meeting.id))[4]).toBe('Lägesbild från polisen');
  });
});

describe('the meeting page model', () => {
  it('has header, group, roles, attendance, others present and the agenda with everything under each item', async () => {
    const meeting = await heldMeeting(core, f, '2026-04-01', '13.00');
    const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Skolsociala team', confidential: true });
    await core.value('basisDocuments.create', { agendaItemId: item.id, title: 'Lägesrapport' });
    const decision = await core.value('decisions.create', { agendaItemId: item.id, text: 'Styrgruppen beslutar att …', type: 'position', recipients: [{ groupId: f.group.id }] });
    await core.value('actions.create', { decisionId: decision.id, title: 'Uppdrag', owner: { personId: f.anna.id }, dueDate: '2026-06-30', note: 'Återrapport i juni' });
    await core.value('otherAttendees.create', { meetingId: meeting.id, name: 'Eva Strand', organisationName: 'Regionen', agendaItemIds: [item.id] });

    const detail = await core.value('meetings.detail', { id: meeting.id });
    expect(detail.meeting).toMatchObject({ id: meeting.id, status: 'draft', startTime: '13:00' });
    expect(detail.group).toMatchObject({ id: f.group.id, kind: 'steering' });
    expect(detail.chair).toMatchObject({ name: 'Anna Öberg', organisationName: f.social.name });
    expect(detail.secretary?.name).toBe('Cecilia Holm');
    expect(detail.attendance.map((a) => a.personName)).toEqual(['Anna Öberg', 'Cecilia Holm', 'Bertil Ek']);
    expect(detail.otherAttendees).toEqual([expect.objectContaining({ name: 'Eva Strand', agendaItemIds: [item.id] })]);
    const shown = detail.items.find((i) => i.id === item.id)!;
    expect(shown).toMatchObject({ sectionNumber: 6, confidential: true, basisDocuments: [{ title: 'Lägesrapport' }] });
    expect(shown.decisions[0]).toMatchObject({ type: 'position', recipients: [{ groupId: f.group.id, name: f.group.name }] });
    expect(shown.decisions[0]!.actions[0]).toMatchObject({ owner: { personName: 'Anna Öberg', organisationName: f.social.name }, dueDate: '2026-06-30', note: 'Återrapport i juni' });
    expect(detail).toMatchObject({ sectionsFixed: false, approval: null, corrections: [], identityWarnings: [] });
  });

  it('works on the demo data for every meeting', async () => {
    const demo = await openTestCore({ now: () => new Date('2026-03-10T09:00:00Z') });
    await demo.value('demo.load', { seed: 2 });
    for (const meeting of await demo.value('meetings.list', {})) {
      const detail = await demo.value('meetings.detail', { id: meeting.id });
      expect(detail.items.length).toBe(meeting.itemCount);
      if (meeting.status === 'approved') expect((await demo.value('meetings.approvedCopy', { id: meeting.id })).hashVerified).toBe(true);
    }
    demo.close();
  });
});
