// A page's filters as they live in the URL's query string, read and written through the page's
// own conversions (module-level functions). A choice adds a history entry so Back undoes it;
// typing passes `replace` so it replaces the current entry instead.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

export type UrlFilterUpdate<F> = {
  /** The values to change, or a function of the current filters that gives them. */
  patch: Partial<F> | ((current: F) => Partial<F>);
  replace?: boolean;
};

export function useUrlFilters<F>(
  fromParams: (params: URLSearchParams) => F,
  toParams: (filters: F) => URLSearchParams,
): [F, (update: UrlFilterUpdate<F>) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => fromParams(new URLSearchParams(key)), [fromParams, key]);
  // The query string as last written: two updates before the next render (two fields committing
  // at once) must build on each other, not both on the rendered one.
  const latest = useRef(key);

  useEffect(() => {
    latest.current = key;
  }, [key]);

  const update = useCallback(
    ({ patch, replace = false }: UrlFilterUpdate<F>) => {
      const current = fromParams(new URLSearchParams(latest.current));
      const next = toParams({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
      latest.current = next.toString();
      setParams(next, { replace });
    },
    [fromParams, toParams, setParams],
  );

  return [filters, update];
}
