// A long list fetched a page at a time as the user scrolls: only the pages around the visible
// rows are asked for, and the first answer's summary (its total) sizes the list. Each new query
// starts afresh and an answer for an earlier one is dropped, so a slow answer to "sk" never
// overwrites the one to "skol" that came back before it. Until the new query's first answer is
// back, the previous rows stay: changing a filter never blanks the list.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../shared/contract/index.ts';

export const PAGE_SIZE = 100;
/** Pages kept either side of the last one loaded. */
const KEEP_PAGES = 10;

export type Page<Row, Summary> = { rows: readonly Row[]; summary: Summary };

/** One page of a query's rows. Pass a module-level function: a new one every render would ask again. */
export type PageFetch<Query, Row, Summary> = (query: Query, offset: number, limit: number) => Promise<Result<Page<Row, Summary>>>;

export type PagedQuery<Query, Row, Summary> = {
  /** Null until the first page has come back; while a new query loads, the previous one's. */
  summary: Summary | null;
  /** The query whose first page is the one shown; it changes only when a query's first page comes back. */
  firstPageOf: Query | null;
  /** A new query is on its way: the rows shown are still the previous query's. */
  loading: boolean;
  error: ApiError | null;
  /** The row at an index, or undefined while its page is on its way. */
  rowAt(index: number): Row | undefined;
  /** Asks for the pages holding rows first…last (inclusive) that are not loaded yet. */
  ensure(first: number, last: number): void;
  retry(): void;
};

type State<Query, Row, Summary> = {
  key: string;
  summary: Summary | null;
  pages: ReadonlyMap<number, readonly Row[]>;
  error: ApiError | null;
  firstPageOf: Query | null;
};

/** The pages of one query that were asked for (answered or on their way). */
type Requested = { key: string; pages: Set<number> };

/** `query` null: nothing to ask for (e.g. no search text yet). */
export function usePagedQuery<Query, Row, Summary>(query: Query | null, fetchPage: PageFetch<Query, Row, Summary>): PagedQuery<Query, Row, Summary> {
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([query, attempt]);
  const [state, setState] = useState<State<Query, Row, Summary>>(() => ({ key, summary: null, pages: new Map(), error: null, firstPageOf: null }));
  const latestKey = useRef(key);
  const requested = useRef<Requested>({ key, pages: new Set() });

  // A new query forgets what was asked for before: going back to an earlier filter asks again
  // (its answers were dropped when the query changed). The list's own first request for the new
  // query may come before this effect, so only another query's pages are forgotten.
  const askedFor = useCallback((forKey: string) => {
    if (requested.current.key !== forKey) requested.current = { key: forKey, pages: new Set() };
    return requested.current.pages;
  }, []);
  useEffect(() => {
    latestKey.current = key;
    askedFor(key);
  }, [key, askedFor]);

  const loadPage = useCallback(
    async (page: number) => {
      const [input] = JSON.parse(key) as [Query | null];
      if (input === null) return;
      const asked = askedFor(key);
      if (asked.has(page)) return;
      asked.add(page);
      const result = await fetchPage(input, page * PAGE_SIZE, PAGE_SIZE);
      if (latestKey.current !== key) return;
      const forget = (p: number) => {
        if (requested.current.key === key) requested.current.pages.delete(p);
      };
      if (!result.ok) forget(page); // so "Försök igen" asks again
      setState((s) => {
        const base: State<Query, Row, Summary> = s.key === key ? s : { key, summary: null, pages: new Map(), error: null, firstPageOf: s.firstPageOf };
        if (!result.ok) return { ...base, error: result.error };
        const pages = new Map(base.pages);
        pages.set(page, result.value.rows);
        // Pages far from where the user is are let go (and fetched again if scrolled back to),
        // so scrolling through 100,000 rows does not keep them all in memory.
        for (const kept of pages.keys()) {
          if (Math.abs(kept - page) <= KEEP_PAGES) continue;
          pages.delete(kept);
          forget(kept);
        }
        return {
          key,
          summary: base.summary ?? result.value.summary,
          pages,
          error: null,
          firstPageOf: page === 0 ? input : base.firstPageOf,
        };
      });
    },
    [key, fetchPage, askedFor],
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
  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const settled = state.key === key;
  const loading = query !== null && (!settled || (state.summary === null && !state.error));

  return {
    summary: query === null ? null : state.summary,
    firstPageOf: state.firstPageOf,
    loading,
    error: settled ? state.error : null,
    rowAt,
    ensure,
    retry,
  };
}
