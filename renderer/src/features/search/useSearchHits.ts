// The hits of a search, fetched a page at a time as the user scrolls (see usePagedQuery): the
// first answer's total, whether it was capped and the order size and label the list.
import type { SearchHit, SearchResult } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { usePagedQuery, type PagedQuery, type PageFetch } from '../../api/usePagedQuery.ts';
import type { SearchBaseQuery } from './searchFilters.ts';

type Summary = Pick<SearchResult, 'total' | 'totalCapped' | 'order'>;

export type SearchHits = PagedQuery<SearchBaseQuery, SearchHit, Summary>;

const fetchHits: PageFetch<SearchBaseQuery, SearchHit, Summary> = async (query, offset, limit) => {
  const result = await call('search.query', { ...query, offset, limit });
  if (!result.ok) return result;
  const { hits, total, totalCapped, order } = result.value;
  return { ok: true, value: { rows: hits, summary: { total, totalCapped, order } } };
};

/** `query` null: nothing to search for (no text yet). */
export function useSearchHits(query: SearchBaseQuery | null): SearchHits {
  return usePagedQuery(query, fetchHits);
}
