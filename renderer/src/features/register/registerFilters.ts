// The register's filters and sort as they live in the URL's query string, so a link reproduces
// the view and Back returns to the previous one. Parameter names follow the API's query.
import { actionStatuses, RegisterQuery, registerSorts, type MethodInput } from '../../../../shared/contract/index.ts';

export type StatusFilter = '' | 'open' | (typeof actionStatuses)[number];
export type RegisterSort = (typeof registerSorts)[number];

export type RegisterFilters = {
  groupId: string;
  ownerPersonId: string;
  organisationId: string;
  status: StatusFilter;
  overdueOnly: boolean;
  /** As typed; applied only when it is a valid number of days (see dueWithinDaysOf). */
  dueWithinDays: string;
  text: string;
  sort: RegisterSort;
  descending: boolean;
};

export type RegisterBaseQuery = Omit<MethodInput<'register.actions'>, 'offset' | 'limit'>;

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((candidate) => candidate === value);

export function filtersFromParams(params: URLSearchParams): RegisterFilters {
  return {
    groupId: params.get('groupId') ?? '',
    ownerPersonId: params.get('ownerPersonId') ?? '',
    organisationId: params.get('organisationId') ?? '',
    status: oneOf(params.get('status'), ['open', ...actionStatuses] as const) ?? '',
    overdueOnly: params.get('overdueOnly') === '1',
    dueWithinDays: params.get('dueWithinDays') ?? '',
    text: params.get('text') ?? '',
    sort: oneOf(params.get('sort'), registerSorts) ?? 'due',
    descending: params.get('descending') === '1',
  };
}

/** Only what differs from the defaults goes into the URL, so a plain link stays plain. */
export function paramsFromFilters(filters: RegisterFilters): URLSearchParams {
  const params = new URLSearchParams();
  const put = (name: string, value: string) => {
    if (value) params.set(name, value);
  };
  put('groupId', filters.groupId);
  put('ownerPersonId', filters.ownerPersonId);
  put('organisationId', filters.organisationId);
  put('status', filters.status);
  put('overdueOnly', filters.overdueOnly ? '1' : '');
  put('dueWithinDays', filters.dueWithinDays);
  put('text', filters.text);
  put('sort', filters.sort === 'due' ? '' : filters.sort);
  put('descending', filters.descending ? '1' : '');
  return params;
}

/** The days of "Klart inom … dagar", checked by the contract's own rule: a number, or the message why not. */
export function dueWithinDaysOf(raw: string): { days: number | null; error?: string } {
  const trimmed = raw.trim();
  if (!trimmed) return { days: null };
  const parsed = RegisterQuery.shape.dueWithinDays.safeParse(/^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN);
  if (parsed.success) return { days: parsed.data };
  return { days: null, error: parsed.error.issues[0]?.message };
}

export function apiQueryOf(filters: RegisterFilters): RegisterBaseQuery {
  return {
    groupId: filters.groupId || null,
    ownerPersonId: filters.ownerPersonId || null,
    organisationId: filters.organisationId || null,
    status: filters.status || null,
    overdueOnly: filters.overdueOnly,
    dueWithinDays: dueWithinDaysOf(filters.dueWithinDays).days,
    text: filters.text.trim() || null,
    sort: filters.sort,
    descending: filters.descending,
  };
}

export function hasFilters(filters: RegisterFilters): boolean {
  const { sort: _sort, descending: _descending, ...rest } = filters;
  return Object.values(rest).some(Boolean);
}
