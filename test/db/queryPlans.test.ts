// The register's hot queries read an index range in the order asked for: a regression to a full
// scan or to sorting in a temporary B-tree fails here (EXPLAIN QUERY PLAN), not only in the benchmark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpsOfItemStatement } from '../../electron/core/repositories/approval.ts';
import { overdueActionsStatement } from '../../electron/core/repositories/committeeReport.ts';
import { dashboardStatements, type Scope } from '../../electron/core/repositories/dashboard.ts';
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

  it.each([
    ['all of a group’s actions', { groupId: id }],
    ['a group’s open actions', { groupId: id, status: 'open' as const }],
    ['a group’s actions by age', { groupId: id, sort: 'age' as const }],
  ])('%s: read through the two group indexes, not every held action', (_name, input) => {
    const steps = plan(input).join('\n');
    expect(steps).toMatch(/MULTI-INDEX OR/);
    expect(steps).toMatch(/SEARCH s USING (COVERING )?INDEX action_state_group_\w+ \(group_id=\?/);
    expect(steps).toMatch(/SEARCH s USING (COVERING )?INDEX action_state_owner_group_\w+ \(owner_group_id=\?/);
    expect(steps).not.toMatch(/INDEX action_state_held_\w+ \(held=\?/);
  });

  it('joins only the chosen page’s rows, by rowid', () => {
    const { rows } = registerStatements(RegisterQuery.parse({}), null);
    const steps = (core.db.prepare(`EXPLAIN QUERY PLAN ${rows}`).all({ rids: '[1,2]', today: '2026-03-10' }) as { detail: string }[]).map((r) => r.detail);
    expect(steps.find((step) => step.includes(' s '))).toMatch(/^SEARCH s USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(steps.join('\n')).not.toMatch(/SCAN (s|a|m|d|ai)\b/);
    // "carried to N meetings without progress" counts index entries, not meeting rows
    expect(steps.join('\n')).toMatch(/SEARCH hm USING (COVERING )?INDEX meetings_group_held_date/);
  });
});

describe('committee report query plans', () => {
  it('finds overdue actions from the committee’s recipients, not by reading every overdue action', () => {
    const params = { organisationId: id, to: '2025-12-31', today: '2026-03-10' };
    const steps = (core.db.prepare(`EXPLAIN QUERY PLAN ${overdueActionsStatement}`).all(params) as { detail: string }[]).map((r) => r.detail);
    expect(steps[0]).toMatch(/^SEARCH r USING (COVERING )?INDEX decision_recipients_organisation \(organisation_id=\?\)/);
    expect(steps[1]).toMatch(/^SEARCH a USING (COVERING )?INDEX actions_decision/);
    expect(steps.join('\n')).not.toMatch(/SCAN (r|a|s|d|ai|m)\b/);
  });
});

describe('approval query plans', () => {
  it('freezes an item’s follow-ups by index, not by reading every follow-up of twenty years', () => {
    const steps = (core.db.prepare(`EXPLAIN QUERY PLAN ${followUpsOfItemStatement}`).all(id) as { detail: string }[]).map((r) => r.detail);
    expect(steps[0]).toMatch(/^SEARCH f USING INDEX follow_ups_agenda_item \(agenda_item_id=\?\)/);
    expect(steps.join('\n')).not.toMatch(/SCAN (f|a|d|ai|m)\b/);
  });
});

describe('search query plans', () => {
  const planOf = (statement: string) =>
    (core.db.prepare(`EXPLAIN QUERY PLAN ${statement}`).all({ match: '"barn"', open: '', close: '', limit: 50, offset: 0 }) as { detail: string }[]).map((r) => r.detail);

  it.each(Object.entries(searchStatements))('%s: the order is consumed by FTS5 — one virtual-table scan, no temp B-tree', (_order, statement) => {
    const steps = planOf(statement);
    expect(steps[0]).toMatch(/^SCAN search_index VIRTUAL TABLE INDEX/);
    expect(steps.join('\n')).not.toMatch(/TEMP B-TREE|SCAN (agenda_items|actions|groups)\b/);
  });
});

// The dashboard over twenty years: every count reads index ranges of action_state or
// decision_state (migration 006), none scans a table or sorts what grows with the history.
describe('dashboard query plans', () => {
  const values = { groupId: id, today: '2026-03-10', limit: 10, from: '2025-04-01', to: '2026-03-31' };
  const trendValues = { days: JSON.stringify(['2025-04-30', '2026-03-10']), first: '2025-04-30', last: '2026-03-10' };
  function steps(sql: string): string[] {
    const used = Object.fromEntries(Object.entries({ ...values, ...trendValues }).filter(([name]) => sql.includes(`@${name}`)));
    return (core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(used) as { detail: string }[]).map((r) => r.detail);
  }
  /** A full scan of a table that grows with the history (not of an index, a CTE or a subquery's rows; the few groups are listed whole). */
  const tableScan = /^SCAN (s|f|a|d|ai|m|action_state|follow_ups|decisions|actions|meetings|agenda_items)( |$)(?!USING)/;
  const all = dashboardStatements('all');

  it.each(['all', 'group'] as Scope[])('%s: no statement scans a table', (scope) => {
    const statements = dashboardStatements(scope);
    const flat = Object.values(statements).flatMap((s) => (typeof s === 'string' ? [s] : Object.values(s)));
    for (const sql of flat) expect(steps(sql).filter((step) => tableScan.test(step))).toEqual([]);
  });

  it('counts by owner in the order of one covering index', () => {
    const plan = steps(all.countsByOwner);
    const read = plan.indexOf('SEARCH s USING COVERING INDEX action_state_held_owner (held=?)');
    expect(read).toBeGreaterThan(-1);
    // Grouped as read: the next step is the outer query, not a sort of every action.
    expect(plan[read + 1]).not.toMatch(/TEMP B-TREE/);
  });

  it('finds the median in one index range, without sorting', () => {
    const plan = steps(all.medianDaysToClosure).join('\n');
    expect(plan).toMatch(/SEARCH s USING (COVERING )?INDEX action_state_held_closure \(held=\? AND days_to_closure>\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it('counts decisions without an action or a recipient in a partial index, and lists the newest without sorting them all', () => {
    for (const [lacking, index] of [
      [all.withoutAction, 'decision_state_without_action'],
      [all.withoutRecipient, 'decision_state_without_recipient'],
    ] as const) {
      expect(steps(lacking.count)).toEqual([`SCAN ds USING COVERING INDEX ${index}`]);
      const rows = steps(lacking.rows);
      expect(rows[0]).toBe(`SCAN ds USING INDEX ${index}`);
      expect(rows.join('\n')).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    }
  });

  it('reads each group’s actions open at its latest meeting from covering ranges, and follow-ups only of that meeting', () => {
    const plan = steps(all.followUpAtLatestMeetings);
    for (const index of ['action_state_group_closed', 'action_state_owner_group_closed'])
      for (const range of ['closed_on=?', 'closed_on>?']) expect(plan).toContain(`SEARCH s USING COVERING INDEX ${index} (${index.startsWith('action_state_owner') ? 'owner_' : ''}group_id=? AND ${range})`);
    expect(plan).toContain('SEARCH f USING COVERING INDEX follow_ups_meeting_action (meeting_id=?)');
  });

  it('reads the trend’s actions from two ranges of one covering index, and of follow-ups only those that set a new due date', () => {
    const plan = steps(all.overdueOnDays);
    expect(plan).toContain('SEARCH s USING COVERING INDEX action_state_held_closed (held=? AND closed_on=?)');
    expect(plan).toContain('SEARCH s USING COVERING INDEX action_state_held_closed (held=? AND closed_on>?)');
    expect(plan).toContain('SEARCH f USING COVERING INDEX follow_ups_new_due (action_id=?)');
  });

  it('counts actions decided and closed by month from index ranges', () => {
    expect(steps(all.openedByMonth)[0]).toMatch(/^SEARCH s USING COVERING INDEX action_state_held_decided \(held=\? AND decided_on>\? AND decided_on<\?\)/);
    expect(steps(all.closedByMonth)[0]).toMatch(/^SEARCH s USING COVERING INDEX action_state_held_closed \(held=\? AND closed_on>\? AND closed_on<\?\)/);
  });
});
