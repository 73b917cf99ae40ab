// Demo data: deterministic, complete and consistent with the rules the app relies on.
import { afterEach, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../electron/core/demo/loadDemo.ts';
import { addDays } from '../../shared/domain/dates.ts';
import { openTestCore, type TestCore } from '../helpers/core.ts';

const now = () => new Date('2026-03-10T09:00:00Z'); // 2026-03-10 in Stockholm
const today = '2026-03-10';
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const sha256 = /\b[0-9a-f]{64}\b/g;
// Record timestamps, and the copy's hash (it covers ids, which differ between runs).
const timestampColumns = new Set(['created_at', 'updated_at', 'at', 'seq', 'approved_copy_hash']);

const opened: TestCore[] = [];
async function open(options: Parameters<typeof openTestCore>[0] = {}): Promise<TestCore> {
  const core = await openTestCore({ now, ...options });
  opened.push(core);
  return core;
}
afterEach(() => {
  while (opened.length) opened.pop()?.close();
});

async function loadedCore(seed = 1, options: Parameters<typeof openTestCore>[0] = {}): Promise<TestCore> {
  const core = await open(options);
  expect(await core.value('demo.load', { seed })).toMatchObject({ groups: 3 });
  return core;
}

type Row = Record<string, unknown>;
const all = (core: TestCore, sql: string, ...params: unknown[]) => core.db.prepare(sql).all(...params) as Row[];

function tables(core: TestCore): string[] {
  return all(core, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").map((r) => r.name as string);
}

/** Every table's rows in insertion order, ids replaced by stable labels, record timestamps left out. */
function contentSnapshot(core: TestCore): Record<string, string[]> {
  const labels = new Map<string, string>();
  for (const table of tables(core)) {
    const columns = all(core, `SELECT name FROM pragma_table_info(?)`, table).map((c) => c.name);
    if (!columns.includes('id')) continue;
    all(core, `SELECT id FROM ${table} ORDER BY rowid`).forEach((r, i) => labels.set(r.id as string, `${table}#${i}`));
  }
  const snapshot: Record<string, string[]> = {};
  for (const table of tables(core)) {
    snapshot[table] = all(core, `SELECT * FROM ${table} ORDER BY rowid`).map((row) => {
      const kept = Object.fromEntries(Object.entries(row).filter(([column]) => !timestampColumns.has(column)));
      return JSON.stringify(kept).replace(uuid, (id) => labels.get(id) ?? 'unknown-id');
    });
  }
  return snapshot;
}

function count(core: TestCore, table: string): number {
  return (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Actions whose current status (from the latest follow-up) is open and whose current due date has passed. */
function overdueOpenActions(core: TestCore, onDate: string): Row[] {
  const current = all(
    core,
    `SELECT a.id,
       COALESCE((SELECT f.status FROM follow_ups f WHERE f.action_id = a.id ORDER BY f.date DESC, f.rowid DESC LIMIT 1), 'not_started') AS status,
       COALESCE((SELECT f.new_due_date FROM follow_ups f WHERE f.action_id = a.id AND f.new_due_date IS NOT NULL ORDER BY f.date DESC, f.rowid DESC LIMIT 1), a.due_date) AS due
     FROM actions a`,
  );
  return current.filter((a) => (a.status === 'not_started' || a.status === 'in_progress') && (a.due as string) < onDate);
}

describe('demo data', () => {
  it('is the same for the same seed and date, whatever the time of day', async () => {
    const first = await loadedCore(1);
    const second = await loadedCore(1, { now: () => new Date('2026-03-10T20:30:00Z') });
    expect(contentSnapshot(second)).toEqual(contentSnapshot(first));
    const other = await loadedCore(2);
    expect(contentSnapshot(other)).not.toEqual(contentSnapshot(first));
  });

  it('loads quickly, in one transaction, recorded as the user', async () => {
    const core = await open();
    const started = performance.now();
    const summary = await core.value('demo.load', { seed: 1 });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(3000);
    expect(summary).toEqual({ groups: 3, meetings: count(core, 'meetings') });
    expect(summary.meetings).toBeGreaterThanOrEqual(20);
    const actors = all(core, "SELECT DISTINCT actor_name AS name FROM change_log WHERE entity <> 'settings'").map((r) => r.name);
    expect(actors).toEqual(['Sara Lind']);
    for (const entity of ['organisation', 'person', 'group', 'membership', 'meeting', 'decision', 'action', 'follow_up', 'mandate', 'goal']) {
      expect(all(core, 'SELECT 1 FROM change_log WHERE entity = ? LIMIT 1', entity), entity).toHaveLength(1);
    }
    expect(all(core, "SELECT 1 FROM change_log WHERE operation = 'approve'").length).toBe(count(core, "meetings WHERE status = 'approved'"));
  });

  it('records the demo itself as actor when no user is set', async () => {
    const core = await open({ withUser: false });
    await core.value('demo.load', {});
    expect(all(core, 'SELECT DISTINCT actor_name AS name FROM change_log').map((r) => r.name)).toEqual(['Protokollet demodata']);
  });

  it('has the organisations, groups and memberships the app shows', async () => {
    const core = await loadedCore();
    const kinds = all(core, 'SELECT DISTINCT kind FROM organisations ORDER BY kind').map((r) => r.kind);
    expect(kinds).toEqual(['administration', 'committee', 'other', 'police', 'region']);
    expect(count(core, 'people')).toBeGreaterThanOrEqual(14);
    const groups = await core.value('groups.list', {});
    const steering = groups.find((g) => g.name === 'Styrgruppen för skola och socialtjänst');
    const operative = groups.find((g) => g.name === 'Omlottgruppen');
    expect(steering?.kind).toBe('steering');
    expect(operative).toMatchObject({ kind: 'operative', parentGroupId: steering?.id });
    const roles = all(core, 'SELECT DISTINCT role FROM memberships ORDER BY role').map((r) => r.role);
    expect(roles).toEqual(expect.arrayContaining(['chair', 'secretary', 'member', 'co_opted', 'substitute']));
    expect(all(core, 'SELECT valid_to FROM memberships WHERE valid_to IS NOT NULL').map((r) => r.valid_to)).toEqual(['2025-12-31']);
    // Every meeting's chair and secretary are members in that role on the day.
    const mismatches = all(
      core,
      `SELECT m.id FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM memberships ms WHERE ms.group_id = m.group_id AND ms.person_id = m.chair_person_id
         AND ms.role = 'chair' AND (ms.valid_from IS NULL OR ms.valid_from <= m.date) AND (ms.valid_to IS NULL OR ms.valid_to >= m.date))`,
    );
    expect(mismatches).toEqual([]);
  });

  it('numbers sections per group and calendar year without gaps or duplicates, in agenda order', async () => {
    const core = await loadedCore();
    const rows = all(
      core,
      `SELECT m.group_id AS groupId, substr(m.date, 1, 4) AS year, m.status, a.section_number AS n
       FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id ORDER BY m.group_id, m.date, a.position`,
    );
    const byGroupYear = new Map<string, number[]>();
    for (const row of rows) {
      if (row.status === 'planned' || row.status === 'cancelled') {
        expect(row.n).toBeNull();
        continue;
      }
      expect(row.n).not.toBeNull();
      const key = `${row.groupId as string}:${row.year as string}`;
      byGroupYear.set(key, [...(byGroupYear.get(key) ?? []), row.n as number]);
    }
    expect(byGroupYear.size).toBeGreaterThanOrEqual(3);
    for (const numbers of byGroupYear.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('has a year of meetings per group: approved, the latest held one a draft or for approval, a cancelled one, planned ones', async () => {
    const core = await loadedCore();
    const meetings = await core.value('meetings.list', {});
    for (const group of await core.value('groups.list', {})) {
      const own = meetings.filter((m) => m.groupId === group.id).sort((a, b) => a.date.localeCompare(b.date));
      const past = own.filter((m) => m.date < today && m.status !== 'cancelled');
      const future = own.filter((m) => m.date >= today);
      expect(past.length).toBeGreaterThanOrEqual(3);
      expect(['draft', 'for_approval']).toContain(past[past.length - 1]?.status);
      expect(past.slice(0, -1).every((m) => m.status === 'approved')).toBe(true);
      expect(future.length).toBeGreaterThanOrEqual(2);
      for (const m of future) expect(m).toMatchObject({ status: 'planned', sections: [] });
      expect(own[0]!.date >= addDays(today, -370) && own[own.length - 1]!.date <= addDays(today, 200)).toBe(true);
    }
    expect(meetings.filter((m) => m.status === 'cancelled')).toHaveLength(1);
    // Planned meetings carry the standing agenda only.
    const plannedKinds = all(core, "SELECT DISTINCT a.kind FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE m.status = 'planned'");
    expect(plannedKinds.map((r) => r.kind)).not.toContain('matter');
  });

  it('gives held meetings attendance with a substitute, adjusters, matters, decisions and recipients', async () => {
    const core = await loadedCore();
    const held = all(core, "SELECT id FROM meetings WHERE status IN ('approved', 'draft', 'for_approval')");
    for (const { id } of held) {
      expect(count(core, `attendance WHERE meeting_id = '${id as string}' AND status <> 'absent'`)).toBeGreaterThanOrEqual(3);
      const adjusters = count(core, `meeting_adjusters WHERE meeting_id = '${id as string}'`);
      expect(adjusters).toBeGreaterThanOrEqual(1);
      expect(adjusters).toBeLessThanOrEqual(2);
      const matters = count(core, `agenda_items WHERE meeting_id = '${id as string}' AND kind = 'matter'`);
      expect(matters).toBeGreaterThanOrEqual(1);
      expect(matters).toBeLessThanOrEqual(3);
    }
    expect(count(core, "attendance WHERE status = 'substitute' AND substitute_for_person_id IS NOT NULL")).toBeGreaterThan(0);
    expect(count(core, "attendance WHERE status = 'absent'")).toBeGreaterThan(0);
    expect(count(core, "decisions WHERE text LIKE 'Styrgruppen beslutar att %'")).toBeGreaterThan(0);
    expect(all(core, 'SELECT DISTINCT type FROM decisions ORDER BY type').map((r) => r.type)).toEqual(['decision', 'information', 'position']);
    expect(count(core, 'decision_recipients WHERE organisation_id IS NOT NULL')).toBeGreaterThan(0);
    expect(count(core, 'decision_recipients WHERE group_id IS NOT NULL')).toBeGreaterThan(0);
    expect(all(core, 'SELECT reference FROM basis_documents WHERE reference IS NOT NULL').every((r) => /^[A-Z]{2,3} \d{4}\/\d{3}$/.test(r.reference as string))).toBe(true);
    expect(count(core, 'agenda_items WHERE confidential = 1')).toBeGreaterThan(0);
    for (const { notes } of all(core, "SELECT notes_json AS notes FROM agenda_items WHERE kind = 'matter'")) {
      const doc = JSON.parse(notes as string);
      expect(doc.type).toBe('doc');
      expect(doc.content.length).toBeGreaterThan(0);
      for (const paragraph of doc.content) expect(paragraph).toMatchObject({ type: 'paragraph', content: [{ type: 'text', text: expect.any(String) }] });
    }
  });

  it('freezes approved meetings with a copy of their items, decisions and actions, and locks them', async () => {
    const core = await loadedCore();
    const approved = all(core, "SELECT id, approved_at, approved_by_name, approved_copy FROM meetings WHERE status = 'approved'");
    expect(approved.length).toBeGreaterThanOrEqual(10);
    for (const meeting of approved) {
      expect(meeting.approved_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(meeting.approved_by_name).toBeTruthy();
      const copy = JSON.parse(meeting.approved_copy as string);
      const items = all(core, 'SELECT id, section_number FROM agenda_items WHERE meeting_id = ? ORDER BY position', meeting.id);
      expect(copy.meeting.id).toBe(meeting.id);
      expect(copy.items.map((i: { id: string; sectionNumber: number }) => [i.id, i.sectionNumber])).toEqual(items.map((i) => [i.id, i.section_number]));
      expect(copy.approvedAt).toBe(meeting.approved_at);
      const decisions = copy.items.flatMap((i: { decisions: unknown[] }) => i.decisions);
      expect(decisions.length).toBe(count(core, `decisions WHERE agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = '${meeting.id as string}')`));
    }
    const first = approved[0]!.id as string;
    expect(await core.result('meetings.update', { id: first, place: 'Någon annanstans' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('has actions with owners, follow-ups in later meetings and at least one overdue open action', async () => {
    const core = await loadedCore();
    expect(count(core, 'actions WHERE owner_group_id IS NOT NULL')).toBeGreaterThan(0);
    expect(count(core, 'actions WHERE owner_person_id IS NOT NULL')).toBeGreaterThan(0);
    const statuses = all(core, 'SELECT DISTINCT status FROM follow_ups').map((r) => r.status);
    expect(statuses).toEqual(expect.arrayContaining(['in_progress', 'done']));
    expect(count(core, "follow_ups WHERE status IN ('done', 'cancelled') AND note IS NULL")).toBe(0);
    // A follow-up is recorded at a meeting after the one that decided the action.
    const early = all(
      core,
      `SELECT f.id FROM follow_ups f JOIN actions a ON a.id = f.action_id JOIN decisions d ON d.id = a.decision_id
       JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id WHERE f.date <= m.date`,
    );
    expect(early).toEqual([]);
    expect(overdueOpenActions(core, today).length).toBeGreaterThan(0);
  });

  it('has mandates and goals linked to the items, decisions and actions that treated them', async () => {
    const core = await loadedCore();
    expect(all(core, 'SELECT source FROM mandates').map((r) => r.source)).toContainEqual(expect.stringMatching(/^KF \d{4}-\d{2}-\d{2} § \d+$/));
    expect(count(core, 'mandates WHERE report_back_date IS NOT NULL')).toBeGreaterThan(0);
    expect(count(core, 'mandate_assignees')).toBeGreaterThan(0);
    expect(count(core, 'goals WHERE indicator IS NOT NULL AND period_start IS NOT NULL AND period_end IS NOT NULL')).toBe(count(core, 'goals'));
    for (const column of ['agenda_item_id', 'decision_id', 'action_id', 'mandate_id', 'goal_id']) {
      expect(count(core, `register_links WHERE ${column} IS NOT NULL`), column).toBeGreaterThan(0);
    }
  });

  it('never writes a personal identity number anywhere', async () => {
    const core = await loadedCore();
    const personnummer = /\d{6,8}[-+]?\d{4}/;
    let checked = 0;
    for (const table of tables(core)) {
      const textColumns = all(core, 'SELECT name FROM pragma_table_info(?) WHERE type = ?', table, 'TEXT').map((c) => c.name as string);
      for (const row of all(core, `SELECT * FROM ${table}`)) {
        for (const column of textColumns) {
          const value = row[column];
          if (typeof value !== 'string') continue;
          checked++;
          expect(value.replace(uuid, '').replace(sha256, ''), `${table}.${column}`).not.toMatch(personnummer);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('refuses to load into a database that holds data, and changes nothing', async () => {
    const core = await loadedCore();
    const before = contentSnapshot(core);
    const result = await core.result('demo.load', { seed: 5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(contentSnapshot(core)).toEqual(before);

    // Organisations or people alone also count as data.
    const other = await open();
    await other.value('organisations.create', { name: 'Socialförvaltningen', kind: 'administration' });
    expect(await other.result('demo.load', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(count(other, 'organisations')).toBe(1);
  });

  it.each(['2025-01-02', '2025-06-30', '2025-12-28', '2026-08-14'])('keeps its promises when today is %s', async (day) => {
    const core = await open({ withUser: false });
    loadDemoData(core.context, { seed: 11, today: day });
    for (const { id } of all(core, 'SELECT id FROM groups')) {
      const statuses = all(core, 'SELECT status FROM meetings WHERE group_id = ? AND date < ? AND status <> ? ORDER BY date', id, day, 'cancelled').map((r) => r.status);
      expect(statuses.length).toBeGreaterThanOrEqual(3);
      expect(['draft', 'for_approval']).toContain(statuses[statuses.length - 1]);
      expect(count(core, `meetings WHERE group_id = '${id as string}' AND date >= '${day}' AND status = 'planned'`)).toBeGreaterThanOrEqual(2);
    }
    expect(count(core, "meetings WHERE status = 'cancelled'")).toBe(1);
    expect(count(core, "attendance WHERE status = 'substitute'")).toBeGreaterThan(0);
    expect(overdueOpenActions(core, day).length).toBeGreaterThan(0);
  });

  it('dates everything relative to the given today', async () => {
    const core = await open();
    const summary = loadDemoData(core.context, { seed: 3, today: '2025-08-20' });
    expect(summary.groups).toBe(3);
    const drafts = all(core, "SELECT date FROM meetings WHERE status IN ('draft', 'for_approval')").map((r) => r.date as string);
    expect(drafts.every((d) => d < '2025-08-20' && d > '2025-05-01')).toBe(true);
    expect(all(core, 'SELECT valid_to FROM memberships WHERE valid_to IS NOT NULL').map((r) => r.valid_to)).toEqual(['2024-12-31']);
    expect(() => loadDemoData(core.context, { seed: 3, today: '2025-02-30' })).toThrow(/datum/);
  });
});
