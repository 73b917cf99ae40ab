// Full-text search: what the secretary typed becomes a safe FTS5 query (shared/domain/search.ts),
// the filters become facet tokens, and the order is chosen by how many rows match: ranked by
// relevance when bm25 can score every match quickly, newest first when the word is everywhere.
import type { ParsedInput, SearchResult } from '../../../shared/contract/index.ts';
import { toFtsQuery } from '../../../shared/domain/search.ts';
import * as repo from '../repositories/search.ts';
import type { ServiceContext } from './context.ts';

const noHits: SearchResult = { hits: [], total: 0, totalCapped: false, order: 'relevance' };

export function search(ctx: ServiceContext, query: ParsedInput<'search.query'>): SearchResult {
  const userQuery = toFtsQuery(query.text, { prefix: query.prefix });
  if (userQuery === null) return noHits;
  const match = repo.matchExpression(userQuery, query);
  const total = repo.countMatches(ctx.db, match, repo.rankedMatchLimit);
  if (total === 0) return noHits;
  const order: repo.SearchOrder = total < repo.rankedMatchLimit ? 'relevance' : 'recency';
  const hits = query.offset < total ? repo.searchPage(ctx.db, match, order, { limit: query.limit, offset: query.offset }) : [];
  return { hits, total, totalCapped: total >= repo.rankedMatchLimit, order };
}
