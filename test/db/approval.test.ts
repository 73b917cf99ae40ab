// From held meeting to approved protocol: the status path, what approval records, the frozen
// copy with its content hash, and corrections afterwards.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listChanges } from '../../electron/core/repositories/changeLog.ts';
import type { TestCore } from '../helpers/core.ts';
import { docxText } from '../helpers/docx.ts';
import { approvedMeeting, heldMeeting, meetingDecidingPlanAndReview, planMeeting, openSeededGroup, type Fixture } from '../helpers/protocol.ts';

let core: TestCore;
let f: Fixture;
beforeEach(async () => {
  ({ core, f } = await openSeededGroup());
});
afterEach(() => core.close());

describe('the status path', () => {
  it('goes planned → draft → for approval → draft → for approval → approved, and refuses other steps', async () => {
    const meeting = await planMeeting(core, f, '2026-03-05');
    expect(await core.result('meetings.sendForApproval', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Bara ett utkast') } });
    expect(await core.result('meetings.approve', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.result('meetings.reopen', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await core.value('attendance.fillFromMembers', { meetingId: meeting.id });
    await core.value('meetings.update', { id: meeting.id, chairPersonId: f.anna.id, adjusterPersonIds: [f.bertil.id] });
    expect((await core.value('meetings.start', { id: meeting.id })).status).toBe('draft');
    expect(await core.result('meetings.start', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('utkast') } });
    expect((await core.value('meetings.sendForApproval', { id: meeting.id })).status).toBe('for_approval');
    expect((await core.value('meetings.reopen', { id: meeting.id })).status).toBe('draft');
    await core.value('meetings.sendForApproval', { id: meeting.id });
    const approved = await core.value('meetings.approve', { id: meeting.id });
    expect(approved).toMatchObject({ status: 'approved', approvedAt: '2026-03-10T09:00:00.000Z' });
    expect(await core.result('meetings.cancel', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const operations = listChanges(core.db, 'meeting', meeting.id).map((c) => c.operation);
    expect(operations).toEqual(['create', 'update', 'update', 'update', 'update', 'update', 'approve']);
  });

  it('sends for approval only with a chair and an adjuster among those present', async () => {
    const meeting = await planMeeting(core, f, '2026-03-05');
    await core.value('meetings.start', { id: meeting.id });
    expect(await core.result('meetings.sendForApproval', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('ordförande') } });
    await core.value('attendance.fillFromMembers', { meetingId: meeting.id });
    await core.value('meetings.update', { id: meeting.id, chairPersonId: f.anna.id });
    expect(await core.result('meetings.sendForApproval', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('justerare') } });
  });

  it('approves only when every earlier meeting of the group that year is approved or cancelled', async () => {
    const january = await heldMeeting(core, f, '2026-01-20');
    const february = await planMeeting(core, f, '2026-02-20');
    const march = await heldMeeting(core, f, '2026-03-05');
    await core.value('meetings.sendForApproval', { id: march.id });
    const refused = await core.result('meetings.approve', { id: march.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('2026-01-20, 2026-02-20') } });
    expect((await core.value('meetings.get', { id: march.id })).status).toBe('for_approval');

    await core.value('meetings.sendForApproval', { id: january.id });
    await core.value('meetings.approve', { id: january.id });
    await core.value('meetings.cancel', { id: february.id });
    expect((await core.value('meetings.approve', { id: march.id })).status).toBe('approved');
  });

  it('does not let a meeting of the previous year hold up approval', async () => {
    await heldMeeting(core, f, '2025-12-10');
    const meeting = await heldMeeting(core, f, '2026-01-20');
    await core.value('meetings.sendForApproval', { id: meeting.id });
    expect((await core.value('meetings.approve', { id: meeting.id })).status).toBe('approved');
  });

  it('links "Föregående protokoll" to the group’s previous held meeting', async () => {
    const first = await heldMeeting(core, f, '2026-01-20');
    const second = await heldMeeting(core, f, '2026-02-20');
    const detail = await core.value('meetings.detail', { id: second.id });
    const previous = detail.items.find((i) => i.kind === 'previous_minutes');
    expect(previous).toMatchObject({ linkedMeetingId: first.id, linkedMeetingDate: '2026-01-20' });
    expect(detail.previousMeeting).toEqual({ id: first.id, date: '2026-01-20' });
    const added = await core.value('agendaItems.create', { meetingId: second.id, title: 'Föregående protokoll (extra)', kind: 'previous_minutes' });
    expect(added.linkedMeetingId).toBe(first.id);
  });
});

describe('the approved protocol', () => {
  async function approvedWithContent() {
    const meeting = await heldMeeting(core, f, '2026-03-05');
    const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Skolsociala team', description: 'Läget i de skolsociala teamen.' });
    await core.value('basisDocuments.create', { agendaItemId: item.id, title: 'Lägesrapport', reference: 'SN 2026/112' });
    const decision = await core.value('decisions.create', { agendaItemId: item.id, text: 'Styrgruppen beslutar att förlänga projektet.', recipients: [{ organisationId: f.school.id }, { groupId: f.group.id }] });
    await core.value('actions.create', { decisionId: decision.id, title: 'Ta fram en plan', owner: { personId: f.bertil.id }, dueDate: '2026-05-01' });
    await core.value('otherAttendees.create', { meetingId: meeting.id, name: 'Eva Strand', title: 'Jurist', agendaItemIds: [item.id] });
    await core.value('meetings.sendForApproval', { id: meeting.id });
    await core.value('meetings.approve', { id: meeting.id });
    return { meeting, item };
  }

  it('records who approved, when, chair and adjusters, and stores the whole protocol as approved with a verifiable hash', async () => {
    const { meeting, item } = await approvedWithContent();
    const detail = await core.value('meetings.detail', { id: meeting.id });
    expect(detail.approval).toMatchObject({ approvedAt: '2026-03-10T09:00:00.000Z', approvedByName: 'Sara Lind', approvedByTitle: 'Nämndsekreterare' });
    expect(detail.chair?.name).toBe('Anna Öberg');
    expect(detail.adjusters.map((a) => a.name)).toEqual(['Bertil Ek']);

    const approved = await core.value('meetings.approvedCopy', { id: meeting.id });
    const stored = core.db.prepare('SELECT approved_copy AS copy, approved_copy_hash AS hash FROM meetings WHERE id = ?').get(meeting.id) as { copy: string; hash: string };
    expect(stored.hash).toBe(createHash('sha256').update(stored.copy, 'utf8').digest('hex'));
    expect(approved).toMatchObject({ contentHash: stored.hash, recordedHash: stored.hash, hashVerified: true, corrections: [], redactions: [] });
    expect(detail.approval?.contentHash).toBe(stored.hash);

    const { copy } = approved;
    expect(copy).toMatchObject({ format: 'protokollet/approved-copy', version: 2, approvedBy: { name: 'Sara Lind' } });
    expect(copy.chair).toMatchObject({ name: 'Anna Öberg', organisationName: f.social.name });
    expect(copy.adjusters.map((a) => a.name)).toEqual(['Bertil Ek']);
    expect(copy.attendance.map((a) => [a.name, a.role, a.status])).toEqual([
      ['Anna Öberg', 'chair', 'present'],
      ['Cecilia Holm', 'secretary', 'present'],
      ['Bertil Ek', 'member', 'present'],
    ]);
    const copied = copy.items.find((i) => i.id === item.id)!;
    expect(copied).toMatchObject({ sectionNumber: 6, title: 'Skolsociala team', basisDocuments: [{ title: 'Lägesrapport', reference: 'SN 2026/112' }] });
    expect(copied.decisions[0]!.recipients.map((r) => r.name)).toEqual([f.group.name, f.school.name].sort((a, b) => a.localeCompare(b)));
    expect(copied.decisions[0]!.actions[0]!.owner).toMatchObject({ personName: 'Bertil Ek', organisationName: f.school.name });
    expect(copy.otherAttendees).toEqual([{ name: 'Eva Strand', title: 'Jurist', organisationName: null, sections: [6] }]);
  });

  it('keeps names as they were that day: renaming a person afterwards changes neither the copy nor its hash', async () => {
    const { meeting } = await approvedWithContent();
    const before = await core.value('meetings.approvedCopy', { id: meeting.id });
    await core.value('people.update', { id: f.bertil.id, name: 'Bertil Ek-Sandberg' });
    await core.value('organisations.update', { id: f.school.id, name: 'Barn- och utbildningsförvaltningen' });
    const after = await core.value('meetings.approvedCopy', { id: meeting.id });
    expect(after).toEqual(before);
    expect(JSON.stringify(after.copy)).toContain('Bertil Ek"');
    expect(JSON.stringify(after.copy)).not.toContain('Ek-Sandberg');
    expect(after.hashVerified).toBe(true);
  });

  it('shows the approved meeting page with the names of that day, while a draft shows the current ones', async () => {
    const { meeting, item } = await approvedWithContent();
    const draft = await heldMeeting(core, f, '2026-04-05');
    await core.value('people.update', { id: f.bertil.id, name: 'Bertil Ek-Sandberg' });
    await core.value('organisations.update', { id: f.school.id, name: 'Barn- och utbildningsförvaltningen' });
    await core.value('groups.update', { id: f.group.id, name: 'Styrgruppen för barn och unga' });

    const approved = await core.value('meetings.detail', { id: meeting.id });
    expect(approved.group.name).toBe('Styrgruppen för skola och socialtjänst');
    expect(approved.adjusters.map((a) => a.name)).toEqual(['Bertil Ek']);
    expect(approved.attendance.find((a) => a.personId === f.bertil.id)).toMatchObject({ personName: 'Bertil Ek', organisationName: f.school.name });
    const decision = approved.items.find((i) => i.id === item.id)!.decisions[0]!;
    expect(decision.recipients.map((r) => r.name)).toContain(f.school.name);
    expect(decision.actions[0]!.owner).toMatchObject({ personName: 'Bertil Ek', organisationName: f.school.name });

    const current = await core.value('meetings.detail', { id: draft.id });
    expect(current.group.name).toBe('Styrgruppen för barn och unga');
    expect(current.attendance.find((a) => a.personId === f.bertil.id)).toMatchObject({ personName: 'Bertil Ek-Sandberg', organisationName: 'Barn- och utbildningsförvaltningen' });
  });

  it('detects a copy changed behind the app’s back', async () => {
    const { meeting } = await approvedWithContent();
    core.db.exec('INSERT INTO redaction_session (id) VALUES (1)');
    core.db.prepare("UPDATE meetings SET approved_copy = replace(approved_copy, 'förlänga', 'avsluta') WHERE id = ?").run(meeting.id);
    core.db.exec('DELETE FROM redaction_session');
    const approved = await core.value('meetings.approvedCopy', { id: meeting.id });
    expect(approved.hashVerified).toBe(false);
    expect(approved.contentHash).not.toBe(approved.recordedHash);
  });

  it('has no approved copy before approval', async () => {
    const meeting = await heldMeeting(core, f, '2026-03-05');
    expect(await core.result('meetings.approvedCopy', { id: meeting.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('inte justerat') } });
  });
});

describe('follow-ups in the approved protocol', () => {
  /** January decides two actions; February follows them up (a new due date with its reason, an escalation) and is approved. */
  async function followedUp() {
    const { meeting: january, plan, review } = await meetingDecidingPlanAndReview(core, f, '2026-01-14');
    await core.value('meetings.sendForApproval', { id: january.id });
    await core.value('meetings.approve', { id: january.id });

    const february = await heldMeeting(core, f, '2026-02-11');
    await core.value('followUps.record', {
      actionId: plan.id,
      meetingId: february.id,
      status: 'in_progress',
      note: 'Utkast klart.',
      newDueDate: '2026-05-01',
      dueDateReason: 'Väntar på elevhälsans underlag.',
    });
    await core.value('followUps.record', { actionId: review.id, meetingId: february.id, status: 'in_progress', note: 'Ingen har tagit ansvar för utvärderingen.', escalatedTo: 'Styrgruppens ordförande' });
    await core.value('meetings.sendForApproval', { id: february.id });
    await core.value('meetings.approve', { id: february.id });
    return february;
  }

  const followUpsOf = (copy: { items: { followUps: { actionTitle: string; newDueDate: string | null; dueDateReason: string | null; escalatedTo: string | null }[] }[] }) =>
    copy.items.flatMap((i) => i.followUps).map(({ actionTitle, newDueDate, dueDateReason, escalatedTo }) => ({ actionTitle, newDueDate, dueDateReason, escalatedTo }));

  it('freezes why a due date moved and to whom an action was escalated, and prints both in the protocol', async () => {
    const february = await followedUp();
    const approved = await core.value('meetings.approvedCopy', { id: february.id });
    expect(approved.hashVerified).toBe(true);
    expect(approved.copy.version).toBe(2);
    expect(followUpsOf(approved.copy)).toEqual([
      { actionTitle: 'Ta fram en plan', newDueDate: '2026-05-01', dueDateReason: 'Väntar på elevhälsans underlag.', escalatedTo: null },
      { actionTitle: 'Utvärdera teamen', newDueDate: null, dueDateReason: null, escalatedTo: 'Styrgruppens ordförande' },
    ]);

    const lines = (await docxText(await core.value('documents.protocol', { meetingId: february.id }))).split('\n');
    expect(lines).toContain('Nytt klart senast: 2026-05-01. Skäl: Väntar på elevhälsans underlag.');
    expect(lines).toContain('Eskalerat till: Styrgruppens ordförande');
  });

  it('still reads, verifies and prints a copy stored in version 1, before reasons and escalations were kept', async () => {
    const february = await followedUp();
    // The copy as the app wrote it before version 2: the same protocol without the two fields.
    const stored = JSON.parse((core.db.prepare('SELECT approved_copy AS copy FROM meetings WHERE id = ?').get(february.id) as { copy: string }).copy) as {
      version: number;
      items: { followUps: Record<string, unknown>[] }[];
    };
    stored.version = 1;
    for (const followUp of stored.items.flatMap((i) => i.followUps)) {
      delete followUp.dueDateReason;
      delete followUp.escalatedTo;
    }
    const v1 = JSON.stringify(stored);
    expect(v1).not.toContain('dueDateReason');
    core.db.exec('INSERT INTO redaction_session (id) VALUES (1)');
    core.db.prepare('UPDATE meetings SET approved_copy = ?, approved_copy_hash = ? WHERE id = ?').run(v1, createHash('sha256').update(v1, 'utf8').digest('hex'), february.id);
    core.db.exec('DELETE FROM redaction_session');

    const approved = await core.value('meetings.approvedCopy', { id: february.id });
    expect(approved.hashVerified).toBe(true);
    expect(approved.copy.version).toBe(1);
    expect(followUpsOf(approved.copy)).toEqual([
      { actionTitle: 'Ta fram en plan', newDueDate: '2026-05-01', dueDateReason: null, escalatedTo: null },
      { actionTitle: 'Utvärdera teamen', newDueDate: null, dueDateReason: null, escalatedTo: null },
    ]);
    expect((core.db.prepare('SELECT approved_copy AS copy FROM meetings WHERE id = ?').get(february.id) as { copy: string }).copy).toBe(v1);

    const text = await docxText(await core.value('documents.protocol', { meetingId: february.id }));
    expect(text.split('\n')).toContain('Nytt klart senast: 2026-05-01');
    expect(text).not.toContain('Skäl: Väntar');
    expect(text).not.toContain('Eskalerat till');
    expect((await core.value('meetings.detail', { id: february.id })).approval?.contentHash).toBe(approved.contentHash);
  });
});

describe('corrections', () => {
  it('are recorded on approved protocols only, with what, why, when and by whom, and shown with the protocol', async () => {
    const draft = await heldMeeting(core, f, '2026-04-05');
    const refused = await core.result('corrections.create', { meetingId: draft.id, text: 'Fel datum', reason: 'Skrivfel' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('justerade') } });

    const meeting = await approvedMeeting(core, f, '2026-03-05');
    const item = (await core.value('meetings.detail', { id: meeting.id })).items[3]!;
    const correction = await core.value('corrections.create', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      correctedInMeetingId: draft.id,
      text: 'I § 4 ska det stå 2026-02-20, inte 2026-02-02.',
      reason: 'Skrivfel upptäckt vid nästa möte.',
    });
    expect(correction).toMatchObject({ sectionNumber: 4, createdByName: 'Sara Lind', createdByTitle: 'Nämndsekreterare', createdAt: '2026-03-10T09:00:00.000Z' });
    expect((await core.value('meetings.detail', { id: meeting.id })).corrections).toEqual([correction]);
    const approved = await core.value('meetings.approvedCopy', { id: meeting.id });
    expect(approved.corrections).toEqual([correction]);
    expect(approved.hashVerified).toBe(true); // the original text stays untouched
    expect(listChanges(core.db, 'correction', correction.id).map((c) => c.operation)).toEqual(['correct']);
    // The meeting the correction was made in cannot be deleted from under it.
    expect(await core.result('meetings.delete', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
  });

  it('refuses an item of another meeting and requires the reason', async () => {
    const meeting = await approvedMeeting(core, f, '2026-03-05');
    const other = await heldMeeting(core, f, '2026-04-05');
    const otherItem = (await core.value('meetings.detail', { id: other.id })).items[0]!;
    expect(await core.result('corrections.create', { meetingId: meeting.id, agendaItemId: otherItem.id, text: 'x', reason: 'y' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'agendaItemId' }] },
    });
    expect(await core.result('corrections.create', { meetingId: meeting.id, text: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reason' }] } });
  });
});
