// Runs a save/delete call for a form or dialog: busy flag, the error split by field, and
// a counter that lets the form move focus to the first invalid field after each failure.
import { useCallback, useState } from 'react';
import type { ApiError, Result } from '../../../shared/contract/index.ts';
import { splitErrors, type FormErrors } from './formErrors.ts';

export type Save = FormErrors & {
  busy: boolean;
  error: ApiError | null;
  errorVersion: number;
  run<T>(action: () => Promise<Result<T>>, onDone: (value: T) => void | Promise<void>): Promise<void>;
  reset(): void;
};

export function useSave(fields: readonly string[] = []): Save {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [errorVersion, setErrorVersion] = useState(0);

  const run = useCallback(async <T,>(action: () => Promise<Result<T>>, onDone: (value: T) => void | Promise<void>) => {
    setBusy(true);
    try {
      const result = await action();
      if (result.ok) {
        setError(null);
        await onDone(result.value);
      } else {
        setError(result.error);
        setErrorVersion((v) => v + 1);
      }
    } finally {
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => {
    setError(null);
    setBusy(false);
  }, []);

  return { ...splitErrors(error, fields), busy, error, errorVersion, run, reset };
}
