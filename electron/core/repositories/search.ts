// Full-text search over the FTS5 index of migration 4. The MATCH expression is bound as a
// parameter; it is composed of the user's words (quoted by shared/domain/search.ts) and facet
// tokens built only from constants and validated values.
import { highlightEnd, highlightStart } from '../../../shared/domain/search.ts';
import type { SearchHit, SearchKind } from '../../../shared/contract/index.ts';
import { kindFacets } from '../db/migrations/004_search_index.ts';
import { prepared, type Db } from './sql.ts';

/**
 * Matches are counted up to this many. Below it, hits are ranked by relevance (bm25); at or
 * above it, bm25 would have to score every match, so the newest come first instead.
 */
export const rankedMatchLimit = 15_000;

export type SearchFilter = { groupId?: string; year?: number; kinds?: readonly SearchKind[] };

const hexOnly = (id: string) => id.toLowerCase().replace(/[^0-9a-f]/g, '');

/** The complete MATCH expression: the user's query over title and text, ANDed with the filters' facets. */
export function matchExpression(userQuery: string, filter: SearchFilter): string {
  const parts = [`{title body} : (${userQuery})`];
  if (filter.kinds && filter.kinds.length > 0) parts.push(`facets : (${filter.kinds.map((k) => kindFacets[k]).join(' OR ')})`);
  if (filter.year !== undefined) parts.push(`facets : y${Math.trunc(filter.year)}`);
  if (filter.groupId !== undefined) parts.push(`facets : g${hexOnly(filter.groupId)}`);
  return parts.join(' AND ');
}

const countStatement = 'SELECT count(*) AS n FROM (SELECT 1 FROM search_index WHERE search_index MATCH @match LIMIT @cap)';

/** How many documents match, counting no further than `cap`. */
export function countMatches(db: Db, match: string, cap: number): number {
  return (prepared(db, countStatement).get({ match, cap }) as { n: number }).n;
}

const snippetWords = 14;

// Group names, the § and the titles shown for decisions and follow-ups are read live through
// scalar subqueries: a join would stop FTS5 from walking the matches in rowid order.
const hitColumns = `
  kind, entity_id AS id,
  CASE WHEN title <> '' THEN highlight(search_index, 0, @open, @close)
    WHEN kind = 'decision' THEN coalesce((SELECT ai.title FROM agenda_items ai WHERE ai.id = item_id), '')
    WHEN kind = 'follow_up' THEN coalesce((SELECT a.title FROM actions a WHERE a.id = action_id), '')
    ELSE '' END AS title,
  CASE WHEN body <> '' THEN snippet(search_index, 1, @open, @close, '…', ${snippetWords}) ELSE '' END AS snippet,
  date, group_id AS groupId, (SELECT g.name FROM groups g WHERE g.id = group_id) AS groupName,
  meeting_id AS meetingId, (SELECT ai.section_number FROM agenda_items ai WHERE ai.id = item_id) AS sectionNumber,
  action_id AS actionId`;

const statements = {
  /**
   * By relevance: FTS5 scores every match with the bm25 weights configured as its `rank` (migration
   * 4: a title hit weighs more than one in the text) and sorts them itself; titles and snippets are
   * then made for the page's rows only. Scoring every match is why this runs only below
   * rankedMatchLimit. (Measured alternatives — ranking document numbers first, then looking the
   * page up by rowid — were slower: FTS5 re-reads the query's doclists for every lookup.)
   */
  relevance: `SELECT ${hitColumns} FROM search_index WHERE search_index MATCH @match ORDER BY rank LIMIT @limit OFFSET @offset`,
  recency: `SELECT ${hitColumns} FROM search_index WHERE search_index MATCH @match ORDER BY rowid DESC LIMIT @limit OFFSET @offset`,
} as const;

export type SearchOrder = keyof typeof statements;

/** One page of hits; titles and snippets carry the highlight markers. */
export function searchPage(db: Db, match: string, order: SearchOrder, page: { limit: number; offset: number }): SearchHit[] {
  return prepared(db, statements[order]).all({ match, open: highlightStart, close: highlightEnd, ...page }) as SearchHit[];
}

/** The raw statements, for the benchmark's app-path/raw comparison and the query-plan tests. */
export const searchStatements = statements;
export const searchCountStatement = countStatement;
