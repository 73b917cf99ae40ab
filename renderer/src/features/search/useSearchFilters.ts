// Reads and writes the search page's state in the URL. A choice (group, a kind) adds a history
// entry so Back undoes it; typing replaces the current entry instead.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromParams, paramsFromFilters, type SearchFilters } from './searchFilters.ts';

export type SearchUpdate = { patch: Partial<SearchFilters>; replace?: boolean };

export function useSearchFilters(): [SearchFilters, (update: SearchUpdate) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(key)), [key]);
  // The query string as last written: two updates before the next render must build on each other.
  const latest = useRef(key);

  useEffect(() => {
    latest.current = key;
  }, [key]);

  const update = useCallback(
    ({ patch, replace = false }: SearchUpdate) => {
      const next = paramsFromFilters({ ...filtersFromParams(new URLSearchParams(latest.current)), ...patch });
      latest.current = next.toString();
      setParams(next, { replace });
    },
    [setParams],
  );

  return [filters, update];
}
