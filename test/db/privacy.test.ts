// The confidentiality guard: warnings at the spot, no approval while an identity number remains,
// and the logged redaction of an approved protocol — the one exception to immutability.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../electron/core/core.ts';
import { markMeetingApproved, readApprovalSnapshot } from '../../electron/core/repositories/approval.ts';
import type { TestCore } from '../helpers/core.ts';
import { databaseSnapshot, heldMeeting, openSeededGroup, notesDoc as notes, type Fixture } from '../helpers/protocol.ts';

// Valid check digits: a personnummer (12 digits), a samordningsnummer (day + 60) and Skatteverket's test number.
const child = '20150312-2382';
const coordination = '150372-1001';
const testNumber = '19121212-1212';

let core: TestCore;
let f: Fixture;
beforeEach(async () => {
  ({ core, f } = await openSeededGroup());
});
afterEach(() => core.close());

/** A held meeting whose new matter (§ 6) mentions identity numbers in several fields. */
async function meetingWithNumbers() {
  const meeting = await heldMeeting(core, f, '2026-03-05');
  const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: `Ärende om ${testNumber}`, description: `Gäller eleven ${child}.` });
  await core.value('agendaItems.setNotes', { id: item.id, notes: notes(`Samordningsnummer ${coordination} nämndes.`) });
  const decision = await core.value('decisions.create', { agendaItemId: item.id, text: `Styrgruppen beslutar att utreda ärendet för ${child}.` });
  const action = await core.value('actions.create', { decisionId: decision.id, title: 'Kontakta vårdnadshavare', owner: { groupId: f.group.id }, dueDate: '2026-04-01', note: `Gäller ${child}` });
  // Dates, a diarienummer, a phone number and an organisationsnummer are no identity numbers.
  await core.value('basisDocuments.create', { agendaItemId: item.id, title: 'Skrivelse 2026-03-01, tel. 08-123 456 78, org.nr 212000-1355', reference: 'SN 2026/1234-1' });
  return { meeting, item, decision, action };
}

describe('warnings', () => {
  it('are reported per item and field, and only for real identity numbers', async () => {
    const { meeting, item, decision, action } = await meetingWithNumbers();
    const detail = await core.value('meetings.detail', { id: meeting.id });
    const shown = detail.items.find((i) => i.id === item.id)!;
    expect(shown.identityWarnings.map((w) => [w.field, w.matches.map((m) => [m.text, m.kind])])).toEqual([
      ['title', [[testNumber, 'personnummer']]],
      ['description', [[child, 'personnummer']]],
      ['notes', [[coordination, 'samordningsnummer']]],
    ]);
    expect(shown.basisDocuments[0]!.identityWarnings).toEqual([]);
    expect(shown.decisions[0]!.identityWarnings[0]).toMatchObject({ field: 'text', matches: [{ text: child }] });
    expect(shown.decisions[0]!.actions[0]!.identityWarnings.map((w) => w.field)).toEqual(['note']);
    expect(detail.identityWarnings).toEqual([
      { agendaItemId: item.id, sectionNumber: 6, entity: 'agendaItem', entityId: item.id, field: 'title', count: 1 },
      { agendaItemId: item.id, sectionNumber: 6, entity: 'agendaItem', entityId: item.id, field: 'description', count: 1 },
      { agendaItemId: item.id, sectionNumber: 6, entity: 'agendaItem', entityId: item.id, field: 'notes', count: 1 },
      { agendaItemId: item.id, sectionNumber: 6, entity: 'decision', entityId: decision.id, field: 'text', count: 1 },
      { agendaItemId: item.id, sectionNumber: 6, entity: 'action', entityId: action.id, field: 'note', count: 1 },
    ]);
  });

  it('are returned by each save, so the page can warn at once', async () => {
    const meeting = await heldMeeting(core, f, '2026-03-05');
    const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Ärende', description: `Eleven ${child}` });
    expect(item.identityWarnings.map((w) => w.field)).toEqual(['description']);
    const doc = await core.value('basisDocuments.create', { agendaItemId: item.id, title: `Anmälan ${child}` });
    expect(doc.identityWarnings.map((w) => w.field)).toEqual(['title']);
    expect((await core.value('agendaItems.update', { id: item.id, description: 'Eleven (avidentifierad)' })).identityWarnings).toEqual([]);
  });
});

describe('approval', () => {
  it('is refused while an identity number remains, naming the §, and goes through once it is removed', async () => {
    const { meeting, item, decision, action } = await meetingWithNumbers();
    const before = databaseSnapshot(core);
    const refused = await core.result('meetings.sendForApproval', { id: meeting.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('§ 6') } });
    expect(databaseSnapshot(core)).toEqual(before);

    await core.value('agendaItems.update', { id: item.id, title: 'Ärende om en elev', description: 'Gäller en elev.' });
    await core.value('agendaItems.setNotes', { id: item.id, notes: notes('Ett samordningsnummer nämndes.') });
    await core.value('decisions.update', { id: decision.id, text: 'Styrgruppen beslutar att utreda ärendet.' });
    await core.value('actions.update', { id: action.id, note: null });
    expect((await core.value('meetings.sendForApproval', { id: meeting.id })).status).toBe('for_approval');

    // A number written while the protocol awaits approval also stops the approval.
    await core.value('actions.update', { id: action.id, title: `Kontakta ${child}` });
    expect(await core.result('meetings.approve', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('personnummer') } });
  });
});

describe('redaction of an approved protocol', () => {
  /** Approves the meeting as it stands, the way protocols approved before the guard existed were. */
  async function approvedWithNumbers() {
    const content = await meetingWithNumbers();
    const approvedAt = '2026-03-09T10:00:00.000Z';
    const approvedBy = { name: 'Sara Lind', title: 'Nämndsekreterare' };
    const copy = readApprovalSnapshot(core.db, content.meeting.id, { approvedAt, approvedBy });
    markMeetingApproved(core.db, content.meeting.id, { approvedAt, approvedByName: approvedBy.name, approvedByTitle: approvedBy.title, approvedCopy: copy }, approvedAt);
    return content;
  }

  it('replaces every number everywhere it is stored, logs who did it and why, and keeps the protocol locked', async () => {
    const { meeting, item } = await approvedWithNumbers();
    const before = await core.value('meetings.approvedCopy', { id: meeting.id });
    const everything = () => JSON.stringify(databaseSnapshot(core));
    expect(everything()).toContain(child);

    const redaction = await core.value('privacy.redact', { meetingId: meeting.id, reason: 'Elevens personnummer stod i protokollet.' });
    expect(redaction).toMatchObject({ meetingId: meeting.id, reason: 'Elevens personnummer stod i protokollet.', redactedByName: 'Sara Lind', previousHash: before.recordedHash });
    expect(redaction.places.map((p) => p.place)).toEqual(
      expect.arrayContaining(['agenda_items.title', 'agenda_items.description', 'agenda_items.notes_json', 'decisions.text', 'actions.note', 'meetings.approved_copy', 'change_log.data']),
    );
    for (const number of [child, coordination, testNumber]) expect(everything()).not.toContain(number);

    const detail = await core.value('meetings.detail', { id: meeting.id });
    const shown = detail.items.find((i) => i.id === item.id)!;
    expect(shown.title).toBe('Ärende om [uppgift borttagen]');
    expect(shown.notes).toEqual(notes('Samordningsnummer [uppgift borttagen] nämndes.'));
    expect(detail.identityWarnings).toEqual([]);

    const after = await core.value('meetings.approvedCopy', { id: meeting.id });
    expect(after).toMatchObject({ hashVerified: true, recordedHash: redaction.newHash, redactions: [redaction] });
    expect(after.contentHash).not.toBe(before.contentHash);
    expect(after.copy.items.find((i) => i.id === item.id)!.description).toBe('Gäller eleven [uppgift borttagen].');

    // The bypass is closed again.
    expect(core.db.prepare('SELECT count(*) AS n FROM redaction_session').get()).toEqual({ n: 0 });
    expect(await core.result('agendaItems.update', { id: item.id, title: 'x' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const logged = core.db.prepare("SELECT actor_name AS actor, data FROM change_log WHERE entity = 'redaction'").all() as { actor: string; data: string }[];
    expect(logged).toHaveLength(1);
    expect(logged[0]!.actor).toBe('Sara Lind');
  });

  it('leaves no trace of the numbers in the database file: not in freed space, the search index or the write-ahead log', async () => {
    const { meeting } = await approvedWithNumbers();
    const file = path.join(core.dataDir, databaseFileName);
    const bytesOnDisk = () => Buffer.concat([fs.readFileSync(file), ...(fs.existsSync(`${file}-wal`) ? [fs.readFileSync(`${file}-wal`)] : [])]);
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(bytesOnDisk().includes(child)).toBe(true);

    await core.value('privacy.redact', { meetingId: meeting.id, reason: 'Elevens personnummer stod i protokollet.' });
    // The search index's own words for the number: unicode61 splits it at the dash.
    for (const trace of [child, coordination, testNumber, '20150312', '150372', '19121212']) expect(bytesOnDisk().includes(trace), trace).toBe(false);
    expect((await core.value('search.query', { text: '20150312', prefix: false })).total).toBe(0);
  });

  it('is refused for a protocol that is not approved, or holds no identity number, and changes nothing', async () => {
    const { meeting } = await meetingWithNumbers();
    let before = databaseSnapshot(core);
    expect(await core.result('privacy.redact', { meetingId: meeting.id, reason: 'Test' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('utkast') } });
    expect(databaseSnapshot(core)).toEqual(before);

    const clean = await heldMeeting(core, f, '2025-12-01');
    await core.value('meetings.sendForApproval', { id: clean.id });
    await core.value('meetings.approve', { id: clean.id });
    before = databaseSnapshot(core);
    expect(await core.result('privacy.redact', { meetingId: clean.id, reason: 'Test' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('inga personnummer') } });
    expect(databaseSnapshot(core)).toEqual(before);
    expect(await core.result('privacy.redact', { meetingId: clean.id, reason: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reason' }] } });
  });
});
