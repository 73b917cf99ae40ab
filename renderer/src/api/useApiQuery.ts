// Loads one API method's result for a page, reloading when the input changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.ts';
import { call } from './client.ts';

export type ApiQuery<T> = {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): Promise<void>;
};

export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M>, enabled = true): ApiQuery<MethodOutput<M>> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ key: string; data: MethodOutput<M> | undefined; error: ApiError | null; loading: boolean }>({
    key,
    data: undefined,
    error: null,
    loading: enabled,
  });
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    const result = await call(method, JSON.parse(key) as MethodInput<M>);
    if (request !== latest.current) return;
    setState(result.ok ? { key, data: result.value, error: null, loading: false } : { key, data: undefined, error: result.error, loading: false });
  }, [method, key]);

  useEffect(() => {
    if (!enabled) return;
    void load();
  }, [load, enabled]);

  const current = state.key === key ? state : { key, data: undefined, error: null, loading: enabled };
  return { data: current.data, error: current.error, loading: current.loading, reload: load };
}
