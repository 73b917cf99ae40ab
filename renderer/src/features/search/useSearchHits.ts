// The hits of a search, fetched a page at a time as the user scrolls: only the pages around the
// visible rows are asked for, and the first answer's total sizes the list. Each new text or
// filter starts afresh, and an answer for an earlier query is dropped, so a slow answer to "sk"
// never overwrites the one to "skol" that came back before it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, SearchHit, SearchResult } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import type { SearchBaseQuery } from './searchFilters.ts';

export const PAGE_SIZE = 100;
/** Pages kept either side of the last one loaded. */
const KEEP_PAGES = 10;

type Summary = Pick<SearchResult, 'total' | 'totalCapped' | 'order'>;
type State = { key: string; summary: Summary | null; pages: ReadonlyMap<number, readonly SearchHit[]>; error: ApiError | null };

export type SearchHits = {
  /** Null until the first page has come back; while a new query loads, the previous one's. */
  summary: Summary | null;
  /** A new query is on its way: the hits shown are still the previous query's. */
  loading: boolean;
  error: ApiError | null;
  /** The hit at an index, or undefined while its page is on its way. */
  hitAt(index: number): SearchHit | undefined;
  /** Asks for the pages holding hits first…last (inclusive) that are not loaded yet. */
  ensure(first: number, last: number): void;
  retry(): void;
};

const empty = (key: string): State => ({ key, summary: null, pages: new Map(), error: null });

/** `query` null: nothing to search for (no text yet). */
export function useSearchHits(query: SearchBaseQuery | null): SearchHits {
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([query, attempt]);
  const [state, setState] = useState<State>(() => empty(key));
  const latestKey = useRef(key);
  const requested = useRef(new Set<string>());

  // A new query forgets what was asked for before: going back to an earlier text asks again
  // (the earlier answers were dropped when the query changed).
  useEffect(() => {
    latestKey.current = key;
    requested.current = new Set();
  }, [key]);

  const loadPage = useCallback(
    async (page: number) => {
      const [input] = JSON.parse(key) as [SearchBaseQuery | null];
      const id = `${page}:${key}`;
      if (!input || requested.current.has(id)) return;
      requested.current.add(id);
      const result = await call('search.query', { ...input, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
      if (latestKey.current !== key) return;
      if (!result.ok) requested.current.delete(id); // so "Försök igen" asks again
      setState((s) => {
        const base = s.key === key ? s : empty(key);
        if (!result.ok) return { ...base, error: result.error };
        const pages = new Map(base.pages);
        pages.set(page, result.value.hits);
        // Pages far from where the user is are let go (and fetched again if scrolled back to).
        for (const kept of pages.keys()) {
          if (Math.abs(kept - page) <= KEEP_PAGES) continue;
          pages.delete(kept);
          requested.current.delete(`${kept}:${key}`);
        }
        const { total, totalCapped, order } = result.value;
        return { key, summary: base.summary ?? { total, totalCapped, order }, pages, error: null };
      });
    },
    [key],
  );

  useEffect(() => {
    void loadPage(0);
  }, [loadPage]);

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) void loadPage(page);
    },
    [loadPage],
  );

  const { pages } = state;
  const hitAt = useCallback((index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const settled = state.key === key;
  const loading = query !== null && (!settled || (state.summary === null && !state.error));

  return { summary: query === null ? null : state.summary, loading, error: settled ? state.error : null, hitAt, ensure, retry };
}
