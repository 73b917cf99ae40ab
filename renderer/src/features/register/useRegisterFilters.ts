// The register's filters and sort in the URL (see useUrlFilters), and "Rensa filter", which drops
// every filter but keeps the sort.
import { useCallback } from 'react';
import { useUrlFilters, type UrlFilterUpdate } from '../../components/useUrlFilters.ts';
import { filtersFromParams, paramsFromFilters, type RegisterFilters } from './registerFilters.ts';

export type FilterUpdate = UrlFilterUpdate<RegisterFilters>;

export function useRegisterFilters(): [RegisterFilters, (update: FilterUpdate) => void, () => void] {
  const [filters, update] = useUrlFilters(filtersFromParams, paramsFromFilters);
  const clear = useCallback(
    () => update({ patch: ({ sort, descending }) => ({ ...filtersFromParams(new URLSearchParams()), sort, descending }) }),
    [update],
  );
  return [filters, update, clear];
}
