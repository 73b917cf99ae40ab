// Full-text search through the contract: Swedish letters, prefixes and phrases, highlighted
// snippets, filters, ranking, and an index that follows every edit, move and delete.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../shared/contract/index.ts';
import { highlightEnd, highlightStart, withoutHighlights } from '../../shared/domain/search.ts';
import { rankedMatchLimit } from '../../electron/core/repositories/search.ts';
import type { TestCore } from '../helpers/core.ts';
import { approvedMeeting, heldMeeting, notesDoc, openSeededGroup, seedGroup, type Fixture } from '../helpers/protocol.ts';

let core: TestCore;
let f: Fixture;
beforeEach(async () => ({ core, f } = await openSeededGroup()));
afterEach(() => core.close());

const mark = (word: string) => `${highlightStart}${word}${highlightEnd}`;
const find = (text: string, extra: Record<string, unknown> = {}) => core.value('search.query', { text, ...extra });
const titles = (result: SearchResult) => result.hits.map((h) => withoutHighlights(h.title));
const ids = (result: SearchResult) => result.hits.map((h) => h.id);

/** A draft meeting with one matter, a decision and an action. */
async function matter(date: string, title: string, decisionText: string, actionTitle = 'Återkoppla till styrgruppen', group = f) {
  const meeting = await heldMeeting(core, group, date);
  const item = await core.value('agendaItems.create', { meetingId: meeting.id, title });
  const decision = await core.value('decisions.create', { agendaItemId: item.id, text: decisionText });
  const action = await core.value('actions.create', { decisionId: decision.id, title: actionTitle, owner: { groupId: group.group.id }, dueDate: '2026-06-01' });
  return { meeting, item, decision, action };
}

describe('search: Swedish words', () => {
  it('keeps å, ä and ö apart from a, a and o, and folds case', async () => {
    const { decision } = await matter('2026-02-10', 'Budget', 'Styrgruppen beslutar att planen gäller i år.');
    const other = await matter('2026-02-11', 'Utredning', 'Styrgruppen beslutar att rapporten ar klar.');
    expect(ids(await find('år'))).toEqual([decision.id]);
    expect(ids(await find('ÅR'))).toEqual([decision.id]);
    expect(ids(await find('ar', { prefix: false }))).toEqual([other.decision.id]);
    expect(ids(await find('gäller'))).toEqual([decision.id]);
    expect((await find('galler')).total).toBe(0);
  });

  it('matches the word being typed as a prefix, whole words after a space, and "phrases" only as written', async () => {
    const { item } = await matter('2026-02-10', 'Skolsociala team i Norrby', 'Teamen fortsätter.');
    const { decision } = await matter('2026-02-11', 'Tidiga insatser', 'Arbetet med tidiga och samordnade insatser fortsätter.');
    expect(ids(await find('skolsoc'))).toEqual([item.id]);
    expect((await find('skolsoc ')).total).toBe(0);
    expect((await find('skolsoc', { prefix: false })).total).toBe(0);
    // "tidiga insatser" as words finds both; as a phrase only the item where they stand together
    expect((await find('tidiga insatser', { kinds: ['item', 'decision'] })).total).toBe(2);
    expect(ids(await find('"samordnade insatser"'))).toEqual([decision.id]);
    expect((await find('"tidiga samordnade"')).total).toBe(0);
  });

  it('highlights the match in the title and the snippet, and never fails on FTS syntax in the text', async () => {
    const { item } = await matter('2026-02-10', 'Samverkan kring placerade barn', 'Beslut.');
    await core.value('agendaItems.setNotes', { id: item.id, notes: notesDoc('Socialtjänsten redogör för läget. Skolan och barnen behöver stöd under hösten.') });
    const [hit] = (await find('barn', { kinds: ['item'] })).hits;
    expect(hit).toMatchObject({ kind: 'item', id: item.id, title: `Samverkan kring placerade ${mark('barn')}`, groupName: f.group.name, date: '2026-02-10' });
    expect(hit!.snippet).toContain(mark('barnen'));
    for (const nasty of ['"', 'NEAR(a b)', 'title:x', 'a OR', '*', 'AND', '(', "'; DROP TABLE meetings; --", '^barn']) {
      expect((await core.result('search.query', { text: nasty })).ok, nasty).toBe(true);
    }
    expect(await core.result('search.query', { text: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('search: the index follows every edit', () => {
  it('indexes notes, decisions, actions and follow-ups as they are written, changed and removed', async () => {
    const { meeting, item, decision, action } = await matter('2026-02-10', 'Elevhälsa', 'Styrgruppen beslutar att inventera behoven.', 'Inventera behoven');
    await core.value('agendaItems.setNotes', { id: item.id, notes: notesDoc('Kuratorerna rapporterar ökade behov.') });
    expect(ids(await find('kuratorerna'))).toEqual([item.id]);
    await core.value('agendaItems.setNotes', { id: item.id, notes: notesDoc('Skolsköterskorna rapporterar.') });
    expect((await find('kuratorerna')).total).toBe(0);
    expect(ids(await find('skolsköterskorna'))).toEqual([item.id]);

    await core.value('decisions.update', { id: decision.id, text: 'Styrgruppen beslutar att kartlägga frånvaron.' });
    expect((await find('inventera', { kinds: ['decision'] })).total).toBe(0);
    expect(ids(await find('frånvaron'))).toEqual([decision.id]);
    await core.value('actions.update', { id: action.id, note: 'Med stöd av elevhälsans statistik.' });
    expect((await find('statistik')).hits[0]).toMatchObject({ kind: 'action', id: action.id, actionId: action.id, meetingId: meeting.id });

    const later = await heldMeeting(core, f, '2026-03-01');
    const entry = await core.value('followUps.record', { actionId: action.id, meetingId: later.id, status: 'in_progress', note: 'Enkäten är utskickad.', newDueDate: '2026-09-01', dueDateReason: 'Sommarlovet.' });
    expect((await find('enkäten')).hits[0]).toMatchObject({ kind: 'follow_up', id: entry.id, title: 'Inventera behoven', date: '2026-03-01', meetingId: later.id, actionId: action.id });
    expect(ids(await find('sommarlovet'))).toEqual([entry.id]);
    await core.value('followUps.withdraw', { id: entry.id });
    expect((await find('enkäten')).total).toBe(0);

    await core.value('agendaItems.delete', { id: item.id });
    expect((await find('skolsköterskorna frånvaron statistik')).total).toBe(0);
    expect((await find('frånvaron')).total).toBe(0);
    expect(core.db.prepare('SELECT count(*) AS n FROM search_docs WHERE entity_id IN (?, ?, ?)').get(item.id, decision.id, action.id)).toEqual({ n: 0 });
  });

  it('moves the year and group of a draft meeting’s records with the meeting, and indexes mandates and goals', async () => {
    const { meeting, decision } = await matter('2026-02-10', 'Lokaler', 'Styrgruppen beslutar att se över fritidsgårdarna.');
    expect(ids(await find('fritidsgårdarna', { year: 2026 }))).toEqual([decision.id]);
    await core.value('meetings.update', { id: meeting.id, date: '2025-12-15' });
    expect((await find('fritidsgårdarna', { year: 2026 })).total).toBe(0);
    expect(ids(await find('fritidsgårdarna', { year: 2025 }))).toEqual([decision.id]);

    const mandate = await core.value('mandates.create', { title: 'Minska skolfrånvaron', source: 'Kommunfullmäktige § 112/2025', status: 'active' });
    const goal = await core.value('goals.create', { title: 'Fler elever med godkända betyg', indicator: 'Andel behöriga till gymnasiet' });
    expect(ids(await find('skolfrånvaron'))).toEqual([mandate.id]);
    expect(ids(await find('gymnasiet'))).toEqual([goal.id]);
    await core.value('goals.update', { id: goal.id, indicator: 'Andel med examen' });
    expect((await find('gymnasiet')).total).toBe(0);
    await core.value('mandates.delete', { id: mandate.id });
    expect((await find('skolfrånvaron')).total).toBe(0);
  });

  it('leaves an approved protocol’s entries in place', async () => {
    const meeting = await approvedMeeting(core, f, '2026-01-20');
    const opening = await find('öppnande', { kinds: ['item'] });
    expect(opening.hits.map((h) => h.meetingId)).toEqual([meeting.id]);
    expect(opening.hits[0]!.sectionNumber).toBe(1);
  });
});

describe('search: filters and order', () => {
  it('narrows by group, year and kind', async () => {
    const other = await seedGroup(core, 'Arbetsgruppen för fritid');
    const ours = await matter('2026-02-10', 'Sommarjobb', 'Styrgruppen beslutar om sommarjobb för unga.', 'Ordna sommarjobb');
    const theirs = await matter('2026-02-12', 'Sommarjobb', 'Arbetsgruppen tar fram sommarjobb.', 'Sommarjobb i parkerna', other);
    expect((await find('sommarjobb')).total).toBe(6);
    expect(new Set((await find('sommarjobb', { groupId: other.group.id })).hits.map((h) => h.groupId))).toEqual(new Set([other.group.id]));
    expect(ids(await find('sommarjobb', { kinds: ['action'] })).sort()).toEqual([ours.action.id, theirs.action.id].sort());
    expect(ids(await find('sommarjobb', { kinds: ['decision'], groupId: f.group.id }))).toEqual([ours.decision.id]);
    expect((await find('sommarjobb', { year: 2025 })).total).toBe(0);
    expect(titles(await find('sommarjobb', { kinds: ['decision'], groupId: other.group.id }))).toEqual(['Sommarjobb']);
  });

  it('ranks a title match above a match in the text, and pages through the hits', async () => {
    const inText = await matter('2026-02-10', 'Övriga frågor', 'Styrgruppen noterar att läxhjälpen fortsätter under våren och att läxhjälpen utvärderas.');
    const inTitle = await matter('2026-02-11', 'Läxhjälpen', 'Informationen noteras.');
    const result = await find('läxhjälpen');
    expect(result.order).toBe('relevance');
    expect(result.hits[0]!.id).toBe(inTitle.item.id);
    expect(ids(result)).toContain(inText.decision.id);
    const second = await find('läxhjälpen', { limit: 1, offset: 1 });
    expect(second.hits).toHaveLength(1);
    expect(second.hits[0]!.id).toBe(result.hits[1]!.id);
  });

  it('lists newest first when a word is in too many rows to rank them all', async () => {
    const { item } = await matter('2026-02-10', 'Samverkan', 'Styrgruppen beslutar.');
    const insert = core.db.prepare(
      "INSERT INTO decisions (id, agenda_item_id, position, text, type, created_at, updated_at) VALUES (?, ?, ?, 'Samverkan fortsätter enligt plan.', 'decision', '', '')",
    );
    core.db.transaction(() => {
      for (let i = 0; i < rankedMatchLimit; i += 1) insert.run(randomUUID(), item.id, i + 2);
    })();
    const newest = await matter('2026-02-11', 'Uppföljning', 'Samverkan utvärderas.');
    const result = await find('samverkan', { limit: 5 });
    expect(result).toMatchObject({ total: rankedMatchLimit, totalCapped: true, order: 'recency' });
    expect(result.hits[0]!.id).toBe(newest.decision.id);
    expect((await find('utvärderas samverkan')).order).toBe('relevance');
  });
});
