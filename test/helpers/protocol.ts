// A small steering group with members, and helpers that take a meeting through its life.
import type { MethodOutput } from '../../shared/contract/index.ts';
import { openTestCore, type TestCore } from './core.ts';

export type Fixture = Awaited<ReturnType<typeof seedGroup>>;

export async function seedGroup(core: TestCore, name = 'Styrgruppen för skola och socialtjänst') {
  const social = await core.value('organisations.create', { name: `Socialförvaltningen ${name}`, kind: 'administration' });
  const school = await core.value('organisations.create', { name: `Utbildningsförvaltningen ${name}`, kind: 'administration' });
  const anna = await core.value('people.create', { name: 'Anna Öberg', title: 'Förvaltningschef', organisationId: social.id });
  const bertil = await core.value('people.create', { name: 'Bertil Ek', title: 'Skolchef', organisationId: school.id });
  const cecilia = await core.value('people.create', { name: 'Cecilia Holm', title: 'Nämndsekreterare', organisationId: social.id });
  const david = await core.value('people.create', { name: 'David Lund', title: 'Rektor', organisationId: school.id });
  const group = await core.value('groups.create', { name, kind: 'steering' });
  const member = (personId: string, organisationId: string, role: 'chair' | 'member' | 'secretary' | 'substitute') =>
    core.value('memberships.create', { groupId: group.id, personId, organisationId, role });
  await member(anna.id, social.id, 'chair');
  await member(bertil.id, school.id, 'member');
  await member(cecilia.id, social.id, 'secretary');
  await member(david.id, school.id, 'substitute');
  return { social, school, anna, bertil, cecilia, david, group };
}

/** A fresh core on 10 March 2026 (Stockholm) with the seeded group: the db tests' common start. */
export async function openSeededGroup(): Promise<{ core: TestCore; f: Fixture }> {
  const core = await openTestCore({ now: () => new Date('2026-03-10T09:00:00Z') });
  return { core, f: await seedGroup(core) };
}

/** Notes (a TipTap document) of one paragraph. */
export const notesDoc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A planned meeting with the standing agenda (8 items). */
export const planMeeting = (core: TestCore, f: Fixture, date: string, startTime?: string) =>
  core.value('meetings.create', { groupId: f.group.id, date, startTime });

/** A held meeting (draft) with its members present, Anna as chair and Bertil as adjuster. */
export async function heldMeeting(core: TestCore, f: Fixture, date: string, startTime?: string): Promise<MethodOutput<'meetings.start'>> {
  const meeting = await planMeeting(core, f, date, startTime);
  await core.value('attendance.fillFromMembers', { meetingId: meeting.id });
  await core.value('meetings.update', { id: meeting.id, chairPersonId: f.anna.id, secretaryPersonId: f.cecilia.id, adjusterPersonIds: [f.bertil.id] });
  return core.value('meetings.start', { id: meeting.id });
}

/**
 * A held meeting deciding two actions under "Skolsociala team": "Ta fram en plan" for Bertil
 * (school, due 2026-02-01) and "Utvärdera teamen" for the group itself (due 2026-12-31).
 */
export async function meetingDecidingPlanAndReview(core: TestCore, f: Fixture, date: string) {
  const meeting = await heldMeeting(core, f, date);
  const item = await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Skolsociala team' });
  const decision = await core.value('decisions.create', { agendaItemId: item.id, text: 'Styrgruppen beslutar att ta fram en plan.' });
  const plan = await core.value('actions.create', { decisionId: decision.id, title: 'Ta fram en plan', owner: { personId: f.bertil.id }, dueDate: '2026-02-01' });
  const review = await core.value('actions.create', { decisionId: decision.id, title: 'Utvärdera teamen', owner: { groupId: f.group.id }, dueDate: '2026-12-31' });
  return { meeting, plan, review };
}

export async function approvedMeeting(core: TestCore, f: Fixture, date: string): Promise<MethodOutput<'meetings.approve'>> {
  const meeting = await heldMeeting(core, f, date);
  await core.value('meetings.sendForApproval', { id: meeting.id });
  return core.value('meetings.approve', { id: meeting.id });
}

/** § numbers of the group's meetings in the year, by meeting date. */
export async function sectionsByDate(core: TestCore, f: Fixture): Promise<Record<string, number[]>> {
  const meetings = await core.value('meetings.list', { groupId: f.group.id });
  return Object.fromEntries(meetings.filter((m) => m.sections.length > 0).map((m) => [m.date, m.sections]));
}

export const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

export type Row = Record<string, unknown>;

/** Every row of every table (for "changes nothing"), the change log and the search index included. */
export function databaseSnapshot(core: TestCore): Record<string, Row[]> {
  const tables = core.db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, core.db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Row[]]));
}
