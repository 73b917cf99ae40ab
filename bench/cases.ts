// What the benchmark measures, each through the app's full path (contract → dispatcher →
// service → repository, output validation off as in production) and, for search and the register,
// also as the same SQL statements prepared once on the same connection ("raw").
import type { Core } from '../electron/core/core.ts';
import { benchmarkTerms } from '../electron/core/demo/large/generate.ts';
import { findLongReviewMeeting } from '../electron/core/demo/large/generate.ts';
import { registerParameters, registerStatements } from '../electron/core/repositories/register.ts';
import { matchExpression, rankedMatchLimit, searchCountStatement, searchStatements } from '../electron/core/repositories/search.ts';
import { RegisterQuery, SearchQuery, type MethodInput, type MethodName, type Result } from '../shared/contract/index.ts';
import { toFtsQuery, highlightEnd, highlightStart } from '../shared/domain/search.ts';
import { samplePair, sample, summarise, type BenchResult, type Runs } from './measure.ts';

async function valueOf<M extends MethodName>(core: Core, method: M, input: MethodInput<M>) {
  const result = (await core.call(method, input)) as Result<unknown>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

const appCall = <M extends MethodName>(core: Core, method: M, input: MethodInput<M>) => () => valueOf(core, method, input);

/** The search statements for one query, prepared once: count, then the page in the order the count decides. */
function rawSearch(core: Core, input: MethodInput<'search.query'>): () => void {
  const query = SearchQuery.parse(input);
  const match = matchExpression(toFtsQuery(query.text, { prefix: query.prefix })!, query);
  const count = core.db.prepare(searchCountStatement);
  const pages = { relevance: core.db.prepare(searchStatements.relevance), recency: core.db.prepare(searchStatements.recency) };
  return () => {
    const { n } = count.get({ match, cap: rankedMatchLimit }) as { n: number };
    pages[n < rankedMatchLimit ? 'relevance' : 'recency'].all({ match, open: highlightStart, close: highlightEnd, limit: query.limit, offset: query.offset });
  };
}

function rawRegister(core: Core, input: MethodInput<'register.actions'>, today: string): () => void {
  const query = RegisterQuery.parse(input);
  const statements = registerStatements(query, null);
  const count = core.db.prepare(statements.count);
  const page = core.db.prepare(statements.page);
  const rows = core.db.prepare(statements.rows);
  const params = registerParameters(query, today, null);
  return () => {
    count.get(params);
    const rids = (page.all({ ...params, limit: query.limit, offset: query.offset }) as { rid: number }[]).map((r) => r.rid);
    rows.all({ rids: JSON.stringify(rids), today });
  };
}

export type CaseRuns = { fast: Runs; slow: Runs };

export async function searchCases(core: Core, runs: Runs): Promise<BenchResult[]> {
  const queries: [string, MethodInput<'search.query'>][] = [
    ['search_common', { text: benchmarkTerms.common, prefix: false }],
    ['search_frequent', { text: benchmarkTerms.frequent, prefix: false }],
    ['search_rare', { text: benchmarkTerms.rare, prefix: false }],
    ['search_prefix', { text: benchmarkTerms.prefix, prefix: true }],
    ['search_phrase', { text: `"${benchmarkTerms.phrase}"`, prefix: false }],
  ];
  const results: BenchResult[] = [];
  for (const [name, input] of queries) {
    const pair = await samplePair(appCall(core, 'search.query', input), rawSearch(core, input), runs);
    results.push(summarise(name, pair.app, pair.raw));
  }
  return results;
}

export async function registerCases(core: Core, today: string, runs: Runs): Promise<BenchResult[]> {
  const dashboard = (await valueOf(core, 'dashboard.get', {})) as { byOrganisation: { organisationId: string | null; overdue: number }[]; byOwner: { ownerKind: string; ownerId: string; open: number }[] };
  const organisation = [...dashboard.byOrganisation].filter((o) => o.organisationId).sort((a, b) => b.overdue - a.overdue)[0]!;
  const owner = [...dashboard.byOwner].filter((o) => o.ownerKind === 'person').sort((a, b) => b.open - a.open)[0]!;
  const all = (await valueOf(core, 'register.actions', { limit: 1 })) as { total: number };
  const queries: [string, MethodInput<'register.actions'>][] = [
    ['register_overdue_by_org', { organisationId: organisation.organisationId!, overdueOnly: true, limit: 100 }],
    ['register_open_by_owner', { ownerPersonId: owner.ownerId, status: 'open', limit: 100 }],
    // the last page of every action by due date: where scrolling to the end of the register ends up
    ['register_deep_page', { limit: 100, offset: Math.max(0, all.total - 100) }],
  ];
  const results: BenchResult[] = [];
  for (const [name, input] of queries) {
    const pair = await samplePair(appCall(core, 'register.actions', input), rawRegister(core, input, today), runs);
    results.push(summarise(name, pair.app, pair.raw));
  }
  return results;
}

export async function dashboardCase(core: Core, runs: Runs): Promise<BenchResult> {
  return summarise('dashboard', await sample(appCall(core, 'dashboard.get', {}), runs));
}

export async function exportCases(core: Core, today: string, runs: Runs): Promise<BenchResult[]> {
  const meetingId = findLongReviewMeeting(core.db);
  if (!meetingId) throw new Error('the data set has no 40-item meeting');
  const protocol = summarise('protocol_export_40', await sample(appCall(core, 'documents.protocol', { meetingId, variant: 'full' }), runs));
  const dashboard = (await valueOf(core, 'dashboard.get', {})) as { byOrganisation: { organisationId: string | null; open: number; closed: number }[] };
  const organisation = [...dashboard.byOrganisation].filter((o) => o.organisationId).sort((a, b) => b.open + b.closed - (a.open + a.closed))[0]!;
  const year = Number(today.slice(0, 4)) - 1;
  const report = summarise(
    'committee_report_year',
    await sample(appCall(core, 'documents.committeeReport', { organisationId: organisation.organisationId!, from: `${year}-01-01`, to: `${year}-12-31` }), runs),
  );
  return [protocol, report];
}
