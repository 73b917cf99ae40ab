// Reads and writes the register's filters in the URL. A choice (a select, the checkbox, a sort)
// adds a history entry so Back undoes it; typing replaces the current entry instead.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromParams, paramsFromFilters, type RegisterFilters } from './registerFilters.ts';

export type FilterUpdate = { patch: Partial<RegisterFilters>; replace?: boolean };

export function useRegisterFilters(): [RegisterFilters, (update: FilterUpdate) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(key)), [key]);
  // The query string as last written: two updates before the next render (two fields committing
  // at once) must build on each other, not both on the rendered one.
  const latest = useRef(key);

  useEffect(() => {
    latest.current = key;
  }, [key]);

  const write = useCallback(
    (next: URLSearchParams, replace: boolean) => {
      latest.current = next.toString();
      setParams(next, { replace });
    },
    [setParams],
  );

  const update = useCallback(
    ({ patch, replace = false }: FilterUpdate) => {
      write(paramsFromFilters({ ...filtersFromParams(new URLSearchParams(latest.current)), ...patch }), replace);
    },
    [write],
  );

  /** Keeps the sort, drops every filter. */
  const clear = useCallback(() => {
    const { sort, descending } = filtersFromParams(new URLSearchParams(latest.current));
    write(paramsFromFilters({ ...filtersFromParams(new URLSearchParams()), sort, descending }), false);
  }, [write]);

  return [filters, update, clear];
}
