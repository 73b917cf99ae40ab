// Bad input to the protocol methods gets a Swedish message on the field and changes nothing;
// emoji and SQL-looking text are ordinary text, stored verbatim.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../helpers/core.ts';
import { databaseSnapshot, heldMeeting, seedGroup } from '../helpers/protocol.ts';

let core: TestCore;
let ids: { meeting: string; item: string; decision: string; group: string; person: string };
beforeEach(async () => {
  core = await openTestCore({ now: () => new Date('2026-03-10T09:00:00Z') });
  const f = await seedGroup(core);
  const meeting = await heldMeeting(core, f, '2026-03-05', '13.00');
  const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Ärende' });
  const decision = await core.value('decisions.create', { agendaItemId: item.id, text: 'Styrgruppen beslutar att …' });
  ids = { meeting: meeting.id, item: item.id, decision: decision.id, group: f.group.id, person: f.anna.id };
});
afterEach(() => core.close());

const megabyte = 'x'.repeat(1024 * 1024);
const bigNotes = () => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: megabyte }] }] });

const cases: [string, string, () => unknown, string, string][] = [
  ['an empty title', 'agendaItems.create', () => ({ meetingId: ids.meeting, title: '   ' }), 'title', 'Fältet måste fyllas i.'],
  ['a title of 1 MB', 'agendaItems.update', () => ({ id: ids.item, title: megabyte }), 'title', 'Högst 300 tecken.'],
  ['a decision of 1 MB', 'decisions.update', () => ({ id: ids.decision, text: megabyte }), 'text', 'Högst 20000 tecken.'],
  ['notes over 1 MB', 'agendaItems.setNotes', () => ({ id: ids.item, notes: bigNotes() }), 'notes', 'högst 1 MB'],
  ['notes that are not an editor document', 'agendaItems.setNotes', () => ({ id: ids.item, notes: '<p>text</p>' }), 'notes', 'Anteckningarna kunde inte läsas'],
  ['notes nested too deeply', 'agendaItems.setNotes', () => ({ id: ids.item, notes: JSON.parse(`${'{"type":"doc","content":['.repeat(150)}${']}'.repeat(150)}`) }), 'notes', 'Anteckningarna kunde inte läsas'],
  ['an end time before the stored start', 'meetings.update', () => ({ id: ids.meeting, endTime: '12.00' }), 'endTime', 'Sluttiden måste vara efter starttiden.'],
  ['an action without owner', 'actions.create', () => ({ decisionId: ids.decision, title: 'Uppdrag', dueDate: '2026-05-01' }), 'owner', 'Ange en ansvarig'],
  ['an owner with neither person nor group', 'actions.create', () => ({ decisionId: ids.decision, title: 'Uppdrag', owner: {}, dueDate: '2026-05-01' }), 'owner', 'Ange en ansvarig'],
  ['a due date that is not a date', 'actions.create', () => ({ decisionId: ids.decision, title: 'Uppdrag', owner: { groupId: ids.group }, dueDate: '30/9' }), 'dueDate', 'Ange ett datum, t.ex. 2025-09-30.'],
  ['an impossible due date', 'actions.create', () => ({ decisionId: ids.decision, title: 'Uppdrag', owner: { groupId: ids.group }, dueDate: '2026-02-30' }), 'dueDate', 'Ange ett datum'],
  ['an unknown decision type', 'decisions.create', () => ({ agendaItemId: ids.item, text: 'Beslut', type: 'order' }), 'type', 'Välj ett av alternativen.'],
  ['an unknown attendance status', 'attendance.set', () => ({ meetingId: ids.meeting, personId: ids.person, status: 'sjuk' }), 'status', 'Välj ett av alternativen.'],
  ['a position of zero', 'agendaItems.move', () => ({ id: ids.item, position: 0 }), 'position', 'Ange en plats i dagordningen'],
  ['a year in words', 'groups.setSectionStart', () => ({ groupId: ids.group, year: 'tjugo', firstNumber: 1 }), 'year', 'Ange ett år'],
  ['a first § of zero', 'groups.setSectionStart', () => ({ groupId: ids.group, year: 2026, firstNumber: 0 }), 'firstNumber', 'Ange ett paragrafnummer'],
  ['an empty correction reason', 'corrections.create', () => ({ meetingId: ids.meeting, text: 'Rättelse', reason: '' }), 'reason', 'Fältet måste fyllas i.'],
  ['an SQL-looking id', 'agendaItems.delete', () => ({ id: "1' OR '1'='1" }), 'id', 'Ogiltig identitet.'],
];

describe('bad input', () => {
  it.each(cases)('%s is refused with a Swedish message on the field and changes nothing', async (_what, method, input, path, message) => {
    const before = databaseSnapshot(core);
    const result = await core.result(method as never, input());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues).toContainEqual({ path, message: expect.stringContaining(message) });
    expect(databaseSnapshot(core)).toEqual(before);
  });

  it('accepts notes just under 1 MB', async () => {
    const text = 'x'.repeat(1024 * 1024 - 200);
    const notes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
    expect((await core.value('agendaItems.setNotes', { id: ids.item, notes })).identityWarnings).toEqual([]);
  });
});

describe('text that looks dangerous', () => {
  const tricky = [
    "Robert'); DROP TABLE agenda_items;--",
    '1 OR 1=1; DELETE FROM meetings WHERE 1=1',
    'Trygghetsvandring 🚶‍♀️🚓 i centrum 👍🏽 — «citat» & <b>html</b>',
    '\u202EbaklÄnges\u202C och nollbredd\u200Btecken',
  ];

  it.each(tricky)('is stored and read back verbatim: %s', async (text) => {
    const item = await core.value('agendaItems.create', { meetingId: ids.meeting, title: text, description: text });
    const decision = await core.value('decisions.create', { agendaItemId: item.id, text });
    const action = await core.value('actions.create', { decisionId: decision.id, title: text, owner: { groupId: ids.group }, dueDate: '2026-05-01', note: text });
    await core.value('agendaItems.setNotes', { id: item.id, notes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });
    const shown = (await core.value('meetings.detail', { id: ids.meeting })).items.find((i) => i.id === item.id)!;
    expect(shown).toMatchObject({ title: text, description: text, decisions: [{ text, actions: [{ id: action.id, title: text, note: text }] }] });
    expect(JSON.stringify(shown.notes)).toContain(JSON.stringify(text).slice(1, -1));
    const tables = core.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    expect(tables.n).toBeGreaterThan(20);
    expect((await core.value('meetings.list', {})).length).toBe(1);
  });
});
