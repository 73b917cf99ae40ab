// Word documents through the contract: which model each is built from (an approved protocol
// always from its frozen copy), file names, the public variant, extracts per recipient, the
// notice's open actions, and the expediering log that records every sending.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertFollowUp } from '../../electron/core/repositories/followUps.ts';
import type { TestCore } from '../helpers/core.ts';
import { docxText } from '../helpers/docx.ts';
import { heldMeeting, openSeededGroup, notesDoc as notes, planMeeting, type Fixture } from '../helpers/protocol.ts';

let core: TestCore;
let f: Fixture;
beforeEach(async () => {
  ({ core, f } = await openSeededGroup());
});
afterEach(() => core.close());

/** A held meeting with two decided items (one confidential) and a third without recipients. */
async function meetingWithDecisions(date = '2026-03-05') {
  const meeting = await heldMeeting(core, f, date);
  const school = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Skolsociala team', presenterText: 'Bertil Ek' });
  await core.value('agendaItems.setNotes', { id: school.id, notes: notes('Teamen är bemannade på alla skolor.') });
  const decision = await core.value('decisions.create', {
    agendaItemId: school.id,
    text: 'Styrgruppen beslutar att förlänga projektet till och med 2027.',
    recipients: [{ organisationId: f.school.id }, { organisationId: f.social.id }],
  });
  await core.value('actions.create', { decisionId: decision.id, title: 'Ta fram en plan för hösten', owner: { personId: f.bertil.id }, dueDate: '2026-02-01' });
  const secret = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Enskilt ärende', confidential: true });
  await core.value('agendaItems.setNotes', { id: secret.id, notes: notes('Uppgifter om en enskild elev och dennes familj.') });
  await core.value('decisions.create', { agendaItemId: secret.id, text: 'Styrgruppen beslutar att ärendet lämnas till socialtjänsten.', recipients: [{ organisationId: f.social.id }] });
  const info = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Information om lokaler' });
  await core.value('decisions.create', { agendaItemId: info.id, text: 'Styrgruppen noterar informationen.', type: 'information' });
  const detail = await core.value('meetings.detail', { id: meeting.id });
  const section = (id: string) => detail.items.find((i) => i.id === id)!.sectionNumber!;
  return { meeting, sections: { school: section(school.id), secret: section(secret.id), info: section(info.id) } };
}

async function approve(meetingId: string) {
  await core.value('meetings.sendForApproval', { id: meetingId });
  await core.value('meetings.approve', { id: meetingId });
}

const log = (meetingId: string) => core.value('expediering.list', { meetingId });

describe('the protocol document', () => {
  it('makes a draft from the rows as they stand, marked UTKAST, and records no sending', async () => {
    const { meeting, sections } = await meetingWithDecisions();
    const file = await core.value('documents.protocol', { meetingId: meeting.id });
    expect(file.fileName).toBe(`Protokoll ${f.group.name} 2026-03-05.docx`);
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = await docxText(file);
    expect(text).toContain('UTKAST');
    expect(text).toContain(`§ ${sections.school}`);
    expect(text).toContain('Styrgruppen beslutar att förlänga projektet till och med 2027.');
    expect(text).toContain('Anna Öberg');
    expect(await log(meeting.id)).toEqual([]);
  });

  it('builds an approved protocol from its frozen copy: later renames do not reach it; each export is logged', async () => {
    const { meeting } = await meetingWithDecisions();
    await approve(meeting.id);
    await core.value('people.update', { id: f.bertil.id, name: 'Bertil Ek-Sandberg' });
    const text = await docxText(await core.value('documents.protocol', { meetingId: meeting.id }));
    expect(text).not.toContain('UTKAST');
    expect(text).toContain('Bertil Ek');
    expect(text).not.toContain('Ek-Sandberg');
    expect(await log(meeting.id)).toMatchObject([{ documentKind: 'protocol', description: 'Protokoll', recipientName: null, sentByName: 'Sara Lind' }]);
  });

  it('the public version keeps the § and replaces a confidential item’s content with the standard line', async () => {
    const { meeting, sections } = await meetingWithDecisions();
    await approve(meeting.id);
    const file = await core.value('documents.protocol', { meetingId: meeting.id, variant: 'public' });
    expect(file.fileName).toBe(`Protokoll ${f.group.name} 2026-03-05 (offentlig version).docx`);
    const text = await docxText(file);
    expect(text).toContain(`§ ${sections.secret} Ärendet innehåller sekretessbelagda uppgifter`);
    expect(text).not.toContain('enskild elev');
    expect(text).not.toContain('lämnas till socialtjänsten');
    expect(text).toContain('Teamen är bemannade på alla skolor.');
  });

  it('is refused for a meeting that has not been held', async () => {
    const planned = await planMeeting(core, f, '2026-04-01');
    expect(await core.result('documents.protocol', { meetingId: planned.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('kallelse') } });
  });
});

describe('protocol extracts', () => {
  it('makes one certified extract per recipient with the chosen §§ addressed to it, and logs each', async () => {
    const { meeting, sections } = await meetingWithDecisions();
    await approve(meeting.id);
    const { files } = await core.value('documents.extracts', { meetingId: meeting.id, sections: [sections.school, sections.secret, sections.info] });
    const span = (numbers: number[]) => (numbers.length === 1 ? `§ ${numbers[0]}` : `§ ${numbers[0]}–${numbers[numbers.length - 1]}`);
    expect(files.map((x) => x.fileName)).toEqual([
      `Protokollsutdrag ${f.group.name} 2026-03-05 ${span([sections.school, sections.secret])} ${f.social.name}.docx`,
      `Protokollsutdrag ${f.group.name} 2026-03-05 ${span([sections.school])} ${f.school.name}.docx`,
      `Protokollsutdrag ${f.group.name} 2026-03-05 ${span([sections.info])}.docx`,
    ]);
    const toSchool = await docxText(files[1]!);
    expect(toSchool).toContain('Rätt utdraget intygar');
    expect(toSchool).toContain('Sara Lind');
    expect(toSchool).toContain('förlänga projektet');
    expect(toSchool).not.toContain('Information om lokaler');
    const entries = await log(meeting.id);
    expect(entries.map((e) => [e.documentKind, e.recipientName, e.sections])).toEqual(
      expect.arrayContaining([
        ['extract', f.social.name, [sections.school, sections.secret]],
        ['extract', f.school.name, [sections.school]],
        ['extract', null, [sections.info]],
      ]),
    );
    expect(entries).toHaveLength(3);
  });

  it('keeps a confidential § out of extracts: the standard line stands in its place', async () => {
    const { meeting, sections } = await meetingWithDecisions();
    await approve(meeting.id);
    const { files } = await core.value('documents.extracts', { meetingId: meeting.id, sections: [sections.secret] });
    const text = await docxText(files[0]!);
    expect(text).toContain(`§ ${sections.secret} Ärendet innehåller sekretessbelagda uppgifter`);
    expect(text).not.toContain('enskild elev');
  });

  it('is refused for a draft, for §§ the protocol lacks, and without §§ — and then logs nothing', async () => {
    const { meeting } = await meetingWithDecisions();
    expect(await core.result('documents.extracts', { meetingId: meeting.id, sections: [1] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await approve(meeting.id);
    expect(await core.result('documents.extracts', { meetingId: meeting.id, sections: [1, 99] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'sections', message: 'Protokollet har inte § 99.' }] },
    });
    expect(await core.result('documents.extracts', { meetingId: meeting.id, sections: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'sections', message: 'Välj minst en paragraf.' }] },
    });
    expect(await log(meeting.id)).toEqual([]);
  });
});

describe('the notice and the action list', () => {
  it('the notice lists the agenda and the group’s open actions decided before the meeting, and is logged', async () => {
    await meetingWithDecisions('2026-01-15');
    const next = await planMeeting(core, f, '2026-04-01');
    const file = await core.value('documents.notice', { meetingId: next.id });
    expect(file.fileName).toBe(`Kallelse ${f.group.name} 2026-04-01.docx`);
    const text = await docxText(file);
    expect(text).toContain('Uppföljning av beslut och uppdrag');
    expect(text).toContain('Ta fram en plan för hösten');
    expect(text).toContain('Cecilia Holm');
    expect(await log(next.id)).toMatchObject([{ documentKind: 'notice', recipientName: 'Gruppens ledamöter' }]);

    // A closed action is not followed up again.
    const actionId = (await core.value('register.actions', { groupId: f.group.id })).rows.find((r) => r.title === 'Ta fram en plan för hösten')!.actionId;
    insertFollowUp(core.db, { id: crypto.randomUUID(), actionId, meetingId: null, agendaItemId: null, date: '2026-03-01', status: 'done', note: 'Planen är antagen.', recordedByName: 'Sara Lind', recordedByTitle: null }, '2026-03-01T10:00:00Z');
    expect(await docxText(await core.value('documents.notice', { meetingId: next.id }))).not.toContain('Ta fram en plan för hösten');
  });

  it('the action list applies the filters to the current state left by follow-ups', async () => {
    const { meeting } = await meetingWithDecisions('2026-01-15');
    const decision = (await core.value('meetings.detail', { id: meeting.id })).items.flatMap((i) => i.decisions)[0]!;
    const second = await core.value('actions.create', { decisionId: decision.id, title: 'Utvärdera teamen', owner: { groupId: f.group.id }, dueDate: '2026-12-31' });
    const actionId = decision.actions[0]!.id;
    // The first action (due 2026-02-01, so overdue on 10 March) gets a new due date and is done.
    insertFollowUp(core.db, { id: crypto.randomUUID(), actionId, meetingId: null, agendaItemId: null, date: '2026-02-10', status: 'in_progress', note: 'Planen dröjer.', newDueDate: '2026-02-20', recordedByName: 'Sara Lind', recordedByTitle: null }, '2026-02-10T10:00:00Z');

    const overdue = await docxText(await core.value('documents.actionList', { groupId: f.group.id, overdueOnly: true }));
    expect(overdue).toContain('Ta fram en plan för hösten');
    expect(overdue).toContain('Planen dröjer.');
    expect(overdue).toContain('Försenad');
    expect(overdue).not.toContain(second.title);

    insertFollowUp(core.db, { id: crypto.randomUUID(), actionId, meetingId: null, agendaItemId: null, date: '2026-03-01', status: 'done', note: 'Planen är antagen.', recordedByName: 'Sara Lind', recordedByTitle: null }, '2026-03-01T10:00:00Z');
    const open = await core.value('documents.actionList', { groupId: f.group.id, status: 'not_started' });
    expect(open.fileName).toBe(`Åtgärdslista ${f.group.name} 2026-03-10.docx`);
    const openText = await docxText(open);
    expect(openText).toContain('Utvärdera teamen');
    expect(openText).not.toContain('Ta fram en plan för hösten');
    expect(openText).toContain('Status: Ej påbörjad');

    const bySchool = await docxText(await core.value('documents.actionList', { organisationId: f.school.id }));
    expect(bySchool).toContain('Ta fram en plan för hösten');
    expect(bySchool).not.toContain('Utvärdera teamen');
  });
});
