// The search page's state as it lives in the URL's query string (q, groupId, year, kind), so a
// link reproduces the search and Back returns to the previous one; and the API query it makes.
import { SearchQuery, searchKinds, type SearchKind } from '../../../../shared/contract/index.ts';
import type { UrlFilterUpdate } from '../../components/useUrlFilters.ts';

export type SearchFilters = {
  /** As typed, trailing space included: it tells the search that the last word is complete. */
  q: string;
  groupId: string;
  /** As typed; applied only when it is a valid year (see yearOf). */
  year: string;
  kinds: readonly SearchKind[];
};

/** A change of the filters, written to the URL. */
export type SearchUpdate = UrlFilterUpdate<SearchFilters>;

export type SearchBaseQuery = Omit<SearchQuery, 'offset' | 'limit'>;

export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const kinds = new Set(params.getAll('kind'));
  return {
    q: params.get('q') ?? '',
    groupId: params.get('groupId') ?? '',
    year: params.get('year') ?? '',
    // In the contract's order, whatever order the URL has; unknown kinds are dropped.
    kinds: searchKinds.filter((kind) => kinds.has(kind)),
  };
}

/** Only what is set goes into the URL, so a plain link stays plain. */
export function paramsFromFilters(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.groupId) params.set('groupId', filters.groupId);
  if (filters.year) params.set('year', filters.year);
  for (const kind of filters.kinds) params.append('kind', kind);
  return params;
}

/** The search page's URL for a text (from the command palette). */
export const searchHref = (path: string, text: string): string => {
  const query = paramsFromFilters({ q: text, groupId: '', year: '', kinds: [] }).toString();
  return query ? `${path}?${query}` : path;
};

/** The year as typed, checked by the contract's own rule: a number, or invalid. */
export function yearOf(raw: string): { year: number | null; invalid: boolean } {
  const trimmed = raw.trim();
  if (!trimmed) return { year: null, invalid: false };
  const parsed = SearchQuery.shape.year.safeParse(/^\d{4}$/.test(trimmed) ? Number(trimmed) : Number.NaN);
  return parsed.success && parsed.data !== undefined ? { year: parsed.data, invalid: false } : { year: null, invalid: true };
}

/** True when the text holds something to search for. */
export const hasText = (text: string): boolean => text.trim().length > 0;

/** The API query of the filters; the text goes as typed (the core reads a trailing space). */
export function apiQueryOf(filters: SearchFilters): SearchBaseQuery {
  const { year } = yearOf(filters.year);
  return {
    text: filters.q,
    prefix: true,
    ...(filters.groupId ? { groupId: filters.groupId } : {}),
    ...(year !== null ? { year } : {}),
    ...(filters.kinds.length > 0 ? { kinds: [...filters.kinds] } : {}),
  };
}
