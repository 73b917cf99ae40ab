// The register's hot queries read an index range in the order asked for: a regression to a full
// scan or to sorting in a temporary B-tree fails here (EXPLAIN QUERY PLAN), not only in the benchmark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerParameters, registerStatements } from '../../electron/core/repositories/register.ts';
import { searchStatements } from '../../electron/core/repositories/search.ts';
import { RegisterQuery, type MethodInput } from '../../shared/contract/index.ts';
import { openTestCore, type TestCore } from '../helpers/core.ts';

let core: TestCore;
beforeAll(async () => {
  core = await openTestCore();
});
afterAll(() => core.close());

function plan(input: MethodInput<'register.actions'>): string[] {
  const query = RegisterQuery.parse(input);
  const { page } = registerStatements(query, null);
  const rows = core.db.prepare(`EXPLAIN QUERY PLAN ${page}`).all({ ...registerParameters(query, '2026-03-10', null), limit: 50, offset: 0 }) as { detail: string }[];
  return rows.map((r) => r.detail);
}

const id = '0b9c7a4e-5f0e-4a55-9d59-3a1d2c6e8f10';

describe('register query plans', () => {
  it.each([
    ['overdue by organisation', { organisationId: id, overdueOnly: true }, 'action_state_org_held_open_due'],
    ['open by owner', { ownerPersonId: id, status: 'open' as const }, 'action_state_person_held_open_due'],
    ['everything by due date (deep pages too)', {}, 'action_state_held_due'],
    ['open by age', { status: 'open' as const, sort: 'age' as const }, 'action_state_held_open_decided'],
  ])('%s reads its index in order, with no temp B-tree', (_name, input, index) => {
    const steps = plan(input);
    expect(steps[0]).toMatch(new RegExp(`^(SEARCH|SCAN) s USING (COVERING )?INDEX ${index}`));
    expect(steps.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('joins only the chosen page’s rows, by rowid', () => {
    const { rows } = registerStatements(RegisterQuery.parse({}), null);
    const steps = (core.db.prepare(`EXPLAIN QUERY PLAN ${rows}`).all({ rids: '[1,2]', today: '2026-03-10' }) as { detail: string }[]).map((r) => r.detail);
    expect(steps.find((step) => step.includes(' s '))).toMatch(/^SEARCH s USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(steps.join('\n')).not.toMatch(/SCAN (s|a|m|d|ai)\b/);
  });
});

describe('search query plans', () => {
  const planOf = (statement: string) =>
    (core.db.prepare(`EXPLAIN QUERY PLAN ${statement}`).all({ match: '"barn"', open: '', close: '', limit: 50, offset: 0, rids: '[1]' }) as { detail: string }[]).map((r) => r.detail);

  it('newest first walks the matches in rowid order: one virtual-table scan, no sorting', () => {
    const steps = planOf(searchStatements.recency);
    expect(steps[0]).toMatch(/^SCAN search_index VIRTUAL TABLE INDEX/);
    expect(steps.join('\n')).not.toMatch(/TEMP B-TREE|SCAN (agenda_items|actions|groups)\b/);
  });

  it('relevance sorts only document numbers, and reads titles and snippets for the page alone', () => {
    const ids = planOf(searchStatements.relevanceIds);
    expect(ids[0]).toMatch(/^SCAN search_index VIRTUAL TABLE INDEX/);
    expect(ids.join('\n')).not.toMatch(/SCAN (agenda_items|actions|groups)\b/);
    const hits = planOf(searchStatements.hitsByIds);
    expect(hits.join('\n')).not.toMatch(/TEMP B-TREE|SCAN (agenda_items|actions|groups)\b/);
    expect(hits.join('\n')).toMatch(/SEARCH (g|ai|a) USING INDEX sqlite_autoindex/);
  });
});
