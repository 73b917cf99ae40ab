// What a list area shows, in order: the error bar (with Försök igen), a spinner while
// loading, the empty state, or the list itself.
import { Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/index.ts';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';
import type { ApiQuery } from '../api/useApiQuery.ts';
import { ErrorBar } from './ErrorBar.tsx';

type Props<T> = {
  /** undefined when the list could not be loaded: then only the error bar says anything. */
  rows: readonly T[] | undefined;
  loading?: boolean;
  error?: ApiError | null;
  onRetry?(): void;
  empty: ReactNode;
  children(rows: readonly T[]): ReactNode;
};

export function ListContent<T>({ rows, loading = false, error, onRetry, empty, children }: Props<T>) {
  return (
    <>
      <ErrorBar error={error} onRetry={onRetry} />
      {loading ? <Spinner size="small" label={commonText.loading} /> : !rows ? null : rows.length === 0 ? empty : children(rows)}
    </>
  );
}

/** The list props of a query whose result is the list (its error bar retries the query). */
export function queryListProps<T>(query: ApiQuery<T[]>): Pick<Props<T>, 'rows' | 'loading' | 'error' | 'onRetry'> {
  return { rows: query.data, loading: query.loading, error: query.error, onRetry: () => void query.reload() };
}
