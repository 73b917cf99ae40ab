// Rapport till nämnd through the contract, read back from the .docx: the decisions sent to the
// committee (those of a protocol not yet approved listed without text, "Ej justerat"), the state
// of their actions, overdue actions with the latest note, the committee's mandates and the goals
// with when they were treated, the certified extracts in the appendix, and the expediering log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../helpers/core.ts';
import { docxPart, docxText } from '../helpers/docx.ts';
import { heldMeeting, notesDoc, openSeededGroup, type Fixture } from '../helpers/protocol.ts';
import { paragraphsOf, tablesOf } from '../documents/docxParts.ts';

let core: TestCore;
let f: Fixture;
beforeEach(async () => {
  ({ core, f } = await openSeededGroup()); // today is 2026-03-10 in Stockholm
});
afterEach(() => core.close());

/**
 * January (approved): "Skolsociala team" sent to Socialnämnden with an overdue action, and
 * "Lokaler" sent only to the school administration. February (held, not approved): the action
 * followed up, and "Budget" sent to the committee. A mandate assigned to the committee is treated
 * in January; a goal in February.
 */
async function scenario() {
  const committee = await core.value('organisations.create', { name: 'Socialnämnden', kind: 'committee' });
  const january = await heldMeeting(core, f, '2026-01-14');
  const teams = await core.value('agendaItems.create', { meetingId: january.id, title: 'Skolsociala team' });
  await core.value('agendaItems.setNotes', { id: teams.id, notes: notesDoc('Teamen finns på fyra skolor.') });
  const decision = await core.value('decisions.create', {
    agendaItemId: teams.id,
    text: 'Styrgruppen beslutar att införa skolsociala team på alla skolor.',
    recipients: [{ organisationId: committee.id }, { organisationId: f.social.id }],
  });
  const plan = await core.value('actions.create', { decisionId: decision.id, title: 'Ta fram en införandeplan', owner: { personId: f.bertil.id }, dueDate: '2026-02-01' });
  const premises = await core.value('agendaItems.create', { meetingId: january.id, title: 'Lokaler för teamen' });
  await core.value('decisions.create', { agendaItemId: premises.id, text: 'Styrgruppen beslutar att lokalerna ordnas av skolan.', recipients: [{ organisationId: f.school.id }] });
  const mandate = await core.value('mandates.create', { title: 'Etablera skolsociala team', source: 'KF 2023-06-14 § 99', assigneeIds: [committee.id], reportBackDate: '2026-06-01', reportBackTo: 'Socialnämnden' });
  await core.value('mandates.create', { title: 'Annat uppdrag till skolan', source: 'BUN 2025-01-16 § 5', assigneeIds: [f.school.id] });
  await core.value('registerLinks.set', { target: { agendaItemId: teams.id }, mandateIds: [mandate.id] });
  await core.value('meetings.sendForApproval', { id: january.id });
  await core.value('meetings.approve', { id: january.id });

  const february = await heldMeeting(core, f, '2026-02-11');
  await core.value('followUps.record', { actionId: plan.id, meetingId: february.id, status: 'in_progress', note: 'Utkast klart, väntar på facket.' });
  const budget = await core.value('agendaItems.create', { meetingId: february.id, title: 'Budget för teamen' });
  await core.value('decisions.create', { agendaItemId: budget.id, text: 'Styrgruppen beslutar att begära utökad budget.', recipients: [{ organisationId: committee.id }] });
  const goal = await core.value('goals.create', { title: 'Minskad skolfrånvaro', indicator: 'Andel elever med mer än 15 % frånvaro', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
  await core.value('registerLinks.set', { target: { agendaItemId: budget.id }, goalIds: [goal.id] });

  const sections = async (meetingId: string) => Object.fromEntries((await core.value('meetings.detail', { id: meetingId })).items.map((i) => [i.title, i.sectionNumber]));
  return { committee, january, february, teams: (await sections(january.id))['Skolsociala team'] as number, budget: (await sections(february.id))['Budget för teamen'] as number };
}

describe('the report to a committee', () => {
  it('reports the period’s decisions, actions, mandates and goals, with certified extracts of the approved §§', async () => {
    const { committee, january, teams, budget } = await scenario();
    const file = await core.value('documents.committeeReport', { organisationId: committee.id, from: '2026-01-01', to: '2026-12-31' });
    expect(file.fileName).toBe('Rapport till Socialnämnden 2026-01-01–2026-12-31.docx');
    const text = await docxText(file);
    const [body, appendix] = text.split('Bilaga: Protokollsutdrag') as [string, string];

    for (const expected of [
      'Rapport till nämnd',
      'Period\t1 januari 2026 – 31 december 2026',
      'Upprättad\t10 mars 2026 av Sara Lind, Nämndsekreterare',
      '2 beslut har expedierats till nämnden, varav 1 i ett protokoll som ännu inte är justerat.',
      'Besluten har 1 uppdrag: 1 pågår eller har inte påbörjats (1 försenat) och 0 är avslutade.',
      '1 uppdrag är försenat.',
      'Nämnden har 1 uppdrag i registret; 1 behandlades under perioden.',
      '1 av 1 mål behandlades under perioden.',
    ]) {
      expect(body).toContain(expected);
    }

    const document = await docxPart(file);
    const tables = tablesOf(document);
    // Decisions: the approved one with its text; February's listed without text, "Ej justerat".
    const decisions = tables.find((t) => t[0]!.cells.join('|') === 'Beslut|Ärende|Beslutet|Justering')!;
    expect(decisions.map((r) => r.cells)).toEqual([
      ['Beslut', 'Ärende', 'Beslutet', 'Justering'],
      [`§ ${teams}, 2026-01-14`, 'Skolsociala team', 'Styrgruppen beslutar att införa skolsociala team på alla skolor.', 'Justerat'],
      [`§ ${budget}, 2026-02-11`, 'Budget för teamen', 'Protokollet är inte justerat. Beslutet redovisas när protokollet är justerat.', 'Ej justerat'],
    ]);
    expect(text).not.toContain('begära utökad budget');
    expect(text).not.toContain('Lokaler för teamen');
    // The action as it stands today, and among the overdue with its latest note.
    const actions = tables.find((t) => t[0]!.cells.join('|') === 'Beslut|Uppdrag|Ansvarig|Klart senast|Status')!;
    expect(actions[1]!.cells).toEqual([`§ ${teams}, 2026-01-14`, 'Ta fram en införandeplan', `Bertil Ek\n${f.school.name}`, '2026-02-01', 'Pågår\nFörsenad']);
    const overdue = tables.find((t) => t[0]!.cells.at(-1) === 'Senaste uppföljning')!;
    expect(overdue[1]!.cells.at(-1)).toBe('2026-02-11: Utkast klart, väntar på facket.');
    // The committee's mandate only, treated in January; the goal treated in February, not yet approved.
    const mandates = tables.find((t) => t[0]!.cells[0] === 'Uppdrag' && t[0]!.cells[1] === 'Status')!;
    expect(mandates.map((r) => r.cells)).toEqual([
      ['Uppdrag', 'Status', 'Återrapportering', 'Behandlat under perioden'],
      ['Etablera skolsociala team\nKF 2023-06-14 § 99', 'Pågående', '2026-06-01 till Socialnämnden', `2026-01-14 ${f.group.name} § ${teams}`],
    ]);
    const goals = tables.find((t) => t[0]!.cells[0] === 'Mål')!;
    expect(goals[1]!.cells).toEqual(['Minskad skolfrånvaro', 'Andel elever med mer än 15 % frånvaro', `2026-02-11 ${f.group.name} § ${budget} (ej justerat)`]);
    // Every table's header row repeats on each page.
    for (const table of tables) expect(table[0]!.header).toBe(true);

    // The appendix: January's § as a certified extract addressed to the committee; nothing of February.
    expect(appendix).toContain(`${f.group.name} 2026-01-14, § ${teams}`);
    expect(appendix).toContain('Utdrag ur protokoll');
    expect(appendix).toContain(`§ ${teams} Skolsociala team`);
    expect(appendix).toContain('Teamen finns på fyra skolor.');
    expect(appendix).toContain('Expedieras till: Socialnämnden');
    expect(appendix).toContain('Rätt utdraget intygar');
    expect(appendix).toContain('Sara Lind, Nämndsekreterare, 10 mars 2026');
    expect(appendix).not.toContain(`§ ${budget} Budget`);

    // One title (Heading 1); the report's parts and the extracts under it; sv-SE; page numbers.
    const headings = (level: number) => paragraphsOf(document).filter((p) => p.style === `Heading${level}`).map((p) => p.text);
    expect(headings(1)).toEqual(['Rapport till nämnd']);
    expect(headings(2)).toEqual([
      'Sammanfattning',
      'Beslut som har expedierats till nämnden',
      'Uppdrag som följer av besluten',
      'Försenade uppdrag',
      'Nämndens uppdrag',
      'Behandlade mål',
      'Bilaga: Protokollsutdrag',
      'Utdrag ur protokoll',
      `§ ${teams} Skolsociala team`,
    ]);
    expect(await docxPart(file, 'word/styles.xml')).toMatch(/<w:lang w:val="sv-SE"\/>/);
    expect(text).toContain('RAPPORT TILL NÄMND');
    expect(text).toContain('Sida');

    // The expediering log: the report to the committee, and January's extract in that meeting's log.
    const logged = core.db.prepare("SELECT recipient_organisation_id AS org, file_name AS fileName, meeting_id AS meetingId FROM expediering_log WHERE document_kind = 'committee_report'").all();
    expect(logged).toEqual([{ org: committee.id, fileName: file.fileName, meetingId: null }]);
    expect(await core.value('expediering.list', { meetingId: january.id })).toMatchObject([
      { documentKind: 'extract', description: `Protokollsutdrag § ${teams}, bilaga till rapport till nämnd`, sections: [teams], recipientName: 'Socialnämnden', sentByName: 'Sara Lind' },
    ]);
  });

  it('says so when the period holds nothing, and is still recorded', async () => {
    const { committee } = await scenario();
    const file = await core.value('documents.committeeReport', { organisationId: committee.id, from: '2025-01-01', to: '2025-12-31' });
    const text = await docxText(file);
    expect(text).toContain('0 beslut har expedierats till nämnden.');
    expect(text).toContain('Inga beslut har expedierats till nämnden under perioden.');
    expect(text).toContain('Besluten har inga uppdrag.');
    expect(text).toContain('Inte behandlat under perioden');
    expect(text).toContain('Inga mål gäller under perioden.');
    expect(text).toContain('Perioden har inga justerade paragrafer att bifoga.');
    expect(text).not.toContain('Rätt utdraget intygar');
    const count = core.db.prepare("SELECT count(*) AS n FROM expediering_log WHERE document_kind = 'committee_report'").get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('keeps a confidential § out: only the standard line, neither its title, decision nor actions', async () => {
    const committee = await core.value('organisations.create', { name: 'Socialnämnden', kind: 'committee' });
    const meeting = await heldMeeting(core, f, '2026-01-14');
    const secret = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Elev på Ängsskolan', confidential: true });
    const decision = await core.value('decisions.create', { agendaItemId: secret.id, text: 'Styrgruppen beslutar att eleven får stöd.', recipients: [{ organisationId: committee.id }] });
    await core.value('actions.create', { decisionId: decision.id, title: 'Kontakta elevens familj', owner: { personId: f.anna.id }, dueDate: '2026-02-01' });
    await core.value('meetings.sendForApproval', { id: meeting.id });
    await core.value('meetings.approve', { id: meeting.id });

    const text = await docxText(await core.value('documents.committeeReport', { organisationId: committee.id, from: '2026-01-01', to: '2026-12-31' }));
    expect(text).toContain('Ärendet innehåller sekretessbelagda uppgifter');
    for (const hidden of ['Ängsskolan', 'eleven får stöd', 'Kontakta elevens familj']) expect(text).not.toContain(hidden);
  });

  it('refuses a period that ends before it starts, and an unknown organisation', async () => {
    const { committee } = await scenario();
    expect(await core.result('documents.committeeReport', { organisationId: committee.id, from: '2026-06-01', to: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'to' }] },
    });
    expect(await core.result('documents.committeeReport', { organisationId: '00000000-0000-4000-8000-000000000000', from: '2026-01-01', to: '2026-12-31' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
