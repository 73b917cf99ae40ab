// The large demo data set, generated small (a few groups and years; the CLI makes the full 20 × 50):
// deterministic to the id, shaped as promised, and consistent with what the app itself would write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchmarkTerms, findLongReviewMeeting, generateLargeDemo, type LargeDemoOptions } from '../../electron/core/demo/large/generate.ts';
import { contentHash, readApprovalSnapshot } from '../../electron/core/repositories/approval.ts';
import { deferredIndexTables } from '../../electron/core/repositories/bulkLoad.ts';
import { ApprovedCopy } from '../../shared/contract/schemas/approvedCopy.ts';
import { addDays } from '../../shared/domain/dates.ts';
import { openTestCore, type TestCore } from '../helpers/core.ts';

const today = '2026-03-10';
const size = { years: 4, groups: 5, people: 90 } satisfies Partial<LargeDemoOptions>;

type Row = Record<string, unknown>;
const all = (core: TestCore, sql: string, ...params: unknown[]) => core.db.prepare(sql).all(...params) as Row[];
const one = (core: TestCore, sql: string, ...params: unknown[]) => core.db.prepare(sql).get(...params) as Row;

const opened: TestCore[] = [];
async function generated(seed: number): Promise<TestCore> {
  const core = await openTestCore();
  opened.push(core);
  generateLargeDemo(core.db, { seed, today, ...size });
  return core;
}
afterAll(() => opened.forEach((core) => core.close()));

/** Tables as stored, ids and timestamps included. */
function dump(core: TestCore): Record<string, Row[]> {
  const tables = ['organisations', 'people', 'groups', 'memberships', 'meetings', 'attendance', 'agenda_items', 'decisions', 'actions', 'follow_ups', 'action_state', 'register_links'];
  return Object.fromEntries(tables.map((table) => [table, all(core, `SELECT * FROM ${table} ORDER BY rowid`)]));
}

describe('large demo data set', { timeout: 60_000 }, () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await generated(7);
  });

  it('is the same for the same seed and today, ids and timestamps included, and differs for another seed', async () => {
    const again = await generated(7);
    expect(dump(again)).toEqual(dump(core));
    const other = dump(await generated(8));
    expect(other.meetings).not.toEqual(dump(core).meetings);
    expect(other.people!.map((p) => p.id)).not.toEqual(dump(core).people!.map((p) => p.id));
  });

  it('uses UUID-shaped ids and timestamps taken from the meeting dates', () => {
    for (const row of all(core, 'SELECT id FROM follow_ups LIMIT 200')) expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const stamps = all(core, 'SELECT f.created_at AS createdAt, m.date FROM follow_ups f JOIN meetings m ON m.id = f.meeting_id');
    for (const row of stamps) expect(String(row.createdAt).slice(0, 10)).toBe(row.date);
  });

  it('has about five decisions per held meeting, two or three actions per decision and two follow-ups per action', () => {
    const held = one(core, "SELECT count(*) AS n FROM meetings WHERE status <> 'planned'").n as number;
    const decisions = one(core, 'SELECT count(*) AS n FROM decisions').n as number;
    expect(decisions / held).toBeGreaterThan(4.5);
    expect(decisions / held).toBeLessThan(6);
    const perDecision = all(core, 'SELECT count(a.id) AS n FROM decisions d LEFT JOIN actions a ON a.decision_id = d.id GROUP BY d.id');
    expect(new Set(perDecision.map((r) => r.n))).toEqual(new Set([2, 3]));
    // Actions decided over a year ago have had time to be followed up to the end.
    const old = one(
      core,
      `SELECT count(*) AS n, sum(NOT is_open) AS closed, avg(follow_up_count) AS followUps FROM action_state WHERE decided_on < ?`,
      addDays(today, -365),
    );
    expect((old.closed as number) / (old.n as number)).toBeGreaterThan(0.93);
    expect((old.closed as number) / (old.n as number)).toBeLessThan(0.99);
    expect(old.followUps).toBeGreaterThan(1.8);
    expect(old.followUps).toBeLessThan(2.4);
    expect(one(core, "SELECT count(*) AS n FROM follow_ups WHERE new_due_date IS NOT NULL AND due_date_reason IS NOT NULL").n).toBeGreaterThan(0);
  });

  it('plans the meetings after today and leaves at most the two latest held meetings of a group unapproved', () => {
    expect(all(core, "SELECT status FROM meetings WHERE date >= ? GROUP BY status", today).map((r) => r.status)).toEqual(['planned']);
    expect(one(core, "SELECT count(*) AS n FROM meetings WHERE date < ? AND status IN ('planned', 'cancelled')", today).n).toBe(0);
    for (const { id } of all(core, 'SELECT id FROM groups')) {
      const held = all(core, "SELECT status FROM meetings WHERE group_id = ? AND date < ? ORDER BY date DESC", id, today).map((r) => r.status);
      expect(held.slice(2).every((s) => s === 'approved')).toBe(true);
      expect(held.length).toBeGreaterThan(20);
    }
  });

  it('numbers the sections of each group from 1 every year, without gaps', () => {
    const rows = all(
      core,
      `SELECT m.group_id AS groupId, substr(m.date, 1, 4) AS year, ai.section_number AS section FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id
       WHERE m.status <> 'planned' ORDER BY m.group_id, m.date, ai.position`,
    );
    const byYear = new Map<string, number[]>();
    for (const row of rows) byYear.set(`${row.groupId}:${row.year}`, [...(byYear.get(`${row.groupId}:${row.year}`) ?? []), row.section as number]);
    for (const sections of byYear.values()) expect(sections).toEqual(sections.map((_, i) => i + 1));
    expect(one(core, "SELECT count(*) AS n FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id WHERE m.status = 'planned' AND ai.section_number IS NOT NULL").n).toBe(0);
  });

  it('stores exactly the approved copy the app would (valid, same text, same hash)', () => {
    const meetings = all(core, "SELECT id, approved_at, approved_by_name, approved_by_title, approved_copy, approved_copy_hash, updated_at FROM meetings WHERE status = 'approved'");
    expect(meetings.length).toBeGreaterThan(100);
    for (const m of meetings) {
      const stored = m.approved_copy as string;
      expect(ApprovedCopy.safeParse(JSON.parse(stored)).success).toBe(true);
      const snapshot = readApprovalSnapshot(core.db, m.id as string, {
        approvedAt: m.approved_at as string,
        approvedBy: { name: m.approved_by_name as string, title: m.approved_by_title as string | null },
      });
      expect(stored).toBe(JSON.stringify(snapshot));
      expect(m.approved_copy_hash).toBe(contentHash(stored));
      expect(m.updated_at).toBe(m.approved_at);
    }
    // The reasons of moved due dates are frozen with the follow-ups (approved-copy version 2).
    expect(meetings.some((m) => /"dueDateReason":"[^"]+"/.test(m.approved_copy as string))).toBe(true);
  });

  it('keeps action_state in step with the follow-ups', () => {
    const mismatches = all(
      core,
      `SELECT s.action_id FROM action_state s JOIN actions a ON a.id = s.action_id
       WHERE s.status <> coalesce((SELECT f.status FROM follow_ups f WHERE f.action_id = a.id ORDER BY f.date DESC LIMIT 1), 'not_started')
          OR s.follow_up_count <> (SELECT count(*) FROM follow_ups f WHERE f.action_id = a.id)
          OR s.due_date <> coalesce((SELECT f.new_due_date FROM follow_ups f WHERE f.action_id = a.id AND f.new_due_date IS NOT NULL ORDER BY f.date DESC LIMIT 1), a.due_date)
          OR (s.closed_on IS NULL) <> (s.status IN ('not_started', 'in_progress'))`,
    );
    expect(mismatches).toEqual([]);
    expect(one(core, 'SELECT count(*) AS n FROM actions').n).toBe(one(core, 'SELECT count(*) AS n FROM action_state').n);
  });

  it('defers only indexes that the triggers of an insert do not read', () => {
    // Without its indexes, a table looked up by another column would be scanned on every insert.
    const triggers = all(core, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").filter((t) => /\b(AFTER|BEFORE)\s+INSERT\s+ON\b/i.test(String(t.sql)));
    expect(triggers.length).toBeGreaterThan(5);
    for (const [table, key] of Object.entries(deferredIndexTables)) {
      for (const trigger of triggers) {
        const body = String(trigger.sql).replace(/^[\s\S]*?\bBEGIN\b/i, '');
        for (const statement of body.split(';').filter((st) => new RegExp(`\\b${table}\\b`).test(st) && !new RegExp(`INSERT\\s+INTO\\s+${table}\\b`, 'i').test(st))) {
          expect(statement, String(trigger.name)).toMatch(new RegExp(`\\b(\\w+\\.)?${key}\\s*=`));
        }
      }
    }
  });

  it('holds one approved review meeting of forty items in the last complete year', () => {
    const id = findLongReviewMeeting(core.db);
    const meeting = one(core, 'SELECT date, status, (SELECT count(*) FROM agenda_items WHERE meeting_id = meetings.id) AS items FROM meetings WHERE id = ?', id);
    expect(meeting).toMatchObject({ status: 'approved', items: 40 });
    expect(String(meeting.date).slice(0, 4)).toBe('2025');
    expect(all(core, 'SELECT meeting_id FROM agenda_items GROUP BY meeting_id HAVING count(*) >= 40')).toHaveLength(1);
  });

  it('has people with memberships, chairs and secretaries, mandates and goals with links', () => {
    expect(one(core, 'SELECT count(*) AS n FROM people').n).toBe(90);
    expect(one(core, 'SELECT count(DISTINCT person_id) AS n FROM memberships').n).toBeGreaterThan(30);
    expect(one(core, "SELECT count(*) AS n FROM meetings WHERE chair_person_id IS NULL OR secretary_person_id IS NULL").n).toBe(0);
    expect(one(core, 'SELECT count(*) AS n FROM mandates').n).toBeGreaterThan(5);
    expect(one(core, 'SELECT count(*) AS n FROM register_links').n).toBeGreaterThan(0);
  });

  it('has words of known frequency for the search benchmark', async () => {
    const texts = [
      ...all(core, 'SELECT title || \' \' || coalesce(description, \'\') || \' \' || coalesce(notes_json, \'\') AS t FROM agenda_items WHERE kind = \'matter\''),
      ...all(core, 'SELECT text AS t FROM decisions'),
      ...all(core, 'SELECT title AS t FROM actions'),
      ...all(core, "SELECT coalesce(note, '') || ' ' || coalesce(due_date_reason, '') AS t FROM follow_ups"),
    ].map((r) => new Set((String(r.t).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])));
    const share = (word: string) => texts.filter((words) => words.has(word)).length / texts.length;
    expect(share(benchmarkTerms.frequent)).toBeGreaterThan(0.5);
    expect(share(benchmarkTerms.common)).toBeGreaterThan(0.01);
    expect(share(benchmarkTerms.common)).toBeLessThan(0.06);
    const rare = texts.filter((words) => words.has(benchmarkTerms.rare)).length;
    expect(rare).toBeGreaterThanOrEqual(1);
    expect(rare).toBeLessThanOrEqual(3);

    const total = async (text: string, prefix = false) => (await core.value('search.query', { text, prefix })).total;
    expect(await total(benchmarkTerms.rare)).toBe(rare);
    expect(await total(benchmarkTerms.prefix, true)).toBeGreaterThan(await total(benchmarkTerms.common));
    const [first, second] = benchmarkTerms.phrase.split(' ') as [string, string];
    expect(await total(`"${benchmarkTerms.phrase}"`)).toBeGreaterThan(0);
    expect(await total(`"${benchmarkTerms.phrase}"`)).toBeLessThan(await total(`${first} ${second}`));
  });
});
