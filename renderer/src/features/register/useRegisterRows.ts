// The register's rows, fetched a page at a time as the user scrolls (see usePagedQuery): the
// first answer's total sizes the scroll area.
import type { RegisterRow } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { usePagedQuery, type PagedQuery, type PageFetch } from '../../api/usePagedQuery.ts';
import type { RegisterBaseQuery } from './registerFilters.ts';

type Summary = { total: number };

export type RegisterRows = PagedQuery<RegisterBaseQuery, RegisterRow, Summary>;

const fetchRows: PageFetch<RegisterBaseQuery, RegisterRow, Summary> = async (query, offset, limit) => {
  const result = await call('register.actions', { ...query, offset, limit });
  return result.ok ? { ok: true, value: { rows: result.value.rows, summary: { total: result.value.total } } } : result;
};

export function useRegisterRows(query: RegisterBaseQuery): RegisterRows {
  return usePagedQuery(query, fetchRows);
}
