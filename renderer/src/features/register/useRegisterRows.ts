// The register's rows, fetched a page at a time as the user scrolls: only the pages around the
// visible rows are asked for, and the first answer's total sizes the scroll area. A change of
// filter or sort starts afresh; answers for an earlier query are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, RegisterRow } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import type { RegisterBaseQuery } from './registerFilters.ts';

export const PAGE_SIZE = 100;
/** Pages kept either side of the last one loaded. */
const KEEP_PAGES = 10;

type State = { key: string; total: number | null; pages: ReadonlyMap<number, readonly RegisterRow[]>; error: ApiError | null };

export type RegisterRows = {
  /** Null until the first page has come back; while a new query loads, the previous total. */
  total: number | null;
  /** A new filter or sort is on its way: the rows shown are still the previous query's. */
  loading: boolean;
  error: ApiError | null;
  /** The row at an index, or undefined while its page is on its way. */
  rowAt(index: number): RegisterRow | undefined;
  /** Asks for the pages holding rows first…last (inclusive) that are not loaded yet. */
  ensure(first: number, last: number): void;
  retry(): void;
};

const empty = (key: string): State => ({ key, total: null, pages: new Map(), error: null });

export function useRegisterRows(query: RegisterBaseQuery): RegisterRows {
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([query, attempt]);
  const [state, setState] = useState<State>(() => empty(key));
  const latestKey = useRef(key);
  const requested = useRef(new Set<string>());

  useEffect(() => {
    latestKey.current = key;
  }, [key]);

  const loadPage = useCallback(
    async (page: number) => {
      const id = `${page}:${key}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      const [input] = JSON.parse(key) as [RegisterBaseQuery];
      const result = await call('register.actions', { ...input, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
      if (latestKey.current !== key) return;
      if (!result.ok) requested.current.delete(id); // so "Försök igen" asks again
      setState((s) => {
        const base = s.key === key ? s : empty(key);
        if (!result.ok) return { ...base, error: result.error };
        const pages = new Map(base.pages);
        pages.set(page, result.value.rows);
        // Pages far from where the user is are let go (and fetched again if scrolled back to),
        // so scrolling through 100,000 actions does not keep them all in memory.
        for (const kept of pages.keys()) {
          if (Math.abs(kept - page) <= KEEP_PAGES) continue;
          pages.delete(kept);
          requested.current.delete(`${kept}:${key}`);
        }
        return { key, total: result.value.total, pages, error: null };
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

  // Until the new query's first page is back, the previous rows stay: filtering never blanks the list.
  const { pages } = state;
  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const settled = state.key === key;
  const loading = !settled || (state.total === null && !state.error);

  return { total: state.total, loading, error: settled ? state.error : null, rowAt, ensure, retry };
}
