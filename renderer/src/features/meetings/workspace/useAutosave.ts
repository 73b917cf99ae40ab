// Autosave: every edit is written within `delayMs` of the last keystroke (debounced), at once on
// blur (flush) and on page hide / beforeunload. "Sparat" is reported only after the write's API
// call resolved ok. The scheduler is pure (timers injected) so it is unit-tested with fake timers.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../../../shared/contract/index.ts';
import { errorText } from '../../../../../shared/i18n/sv/errors.ts';
import { useSaveStatus } from './saveStatus.ts';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export type AutosaveOptions<T> = {
  delayMs?: number;
  save(value: T): Promise<Result<unknown>>;
  onState(state: AutosaveState, error: ApiError | null): void;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
};

export type AutosaveScheduler<T> = {
  /** A new value: (re)starts the debounce timer. */
  schedule(value: T): void;
  /** Writes the latest unsaved value now; resolves when nothing is left to write. */
  flush(): Promise<void>;
  /** True while a value waits for its write or a write is under way. */
  busy(): boolean;
};

export const autosaveDelayMs = 1000;

export function createAutosave<T>(options: AutosaveOptions<T>): AutosaveScheduler<T> {
  const delayMs = options.delayMs ?? autosaveDelayMs;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let pending: { value: T } | null = null;
  let timer: unknown = null;
  let inflight: Promise<void> | null = null;

  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  const write = (value: T): Promise<void> => {
    options.onState('saving', null);
    const done = options
      .save(value)
      .then(
        (result) => (result.ok ? null : result.error),
        (): ApiError => ({ code: 'INTERNAL', message: errorText.internal }),
      )
      .then((error) => {
        inflight = null;
        if (pending) return; // newer text waits for its own write
        options.onState(error ? 'error' : 'saved', error);
      });
    inflight = done;
    return done;
  };

  const flush = async (): Promise<void> => {
    stopTimer();
    if (inflight) {
      await inflight;
      return flush();
    }
    if (!pending) return;
    const { value } = pending;
    pending = null;
    await write(value);
    if (pending) return flush();
  };

  return {
    schedule(value) {
      pending = { value };
      options.onState('pending', null);
      stopTimer();
      timer = setTimer(() => {
        timer = null;
        void flush();
      }, delayMs);
    },
    flush,
    busy: () => pending !== null || inflight !== null,
  };
}

/** Every mounted autosaver, so page hide and beforeunload can write them all at once. */
const active = new Set<AutosaveScheduler<unknown>>();

export function flushAllAutosaves(): Promise<void> {
  return Promise.all([...active].map((s) => s.flush())).then(() => undefined);
}

if (typeof window !== 'undefined') {
  const flushNow = () => void flushAllAutosaves();
  window.addEventListener('pagehide', flushNow);
  window.addEventListener('beforeunload', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
}

/** A field's autosave: `schedule` on each change, `flush` on blur; flushed on unmount too. */
export function useAutosave<T>(save: (value: T) => Promise<Result<unknown>>, delayMs = autosaveDelayMs) {
  const [state, setState] = useState<AutosaveState>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const report = useSaveStatus((s) => s.report);
  const [scheduler] = useState(() =>
    createAutosave<T>({
      delayMs,
      save: (value) => saveRef.current(value),
      onState: (next, err) => {
        setState(next);
        setError(err);
        report(scheduler, next);
      },
    }),
  );

  useEffect(() => {
    const s = scheduler as AutosaveScheduler<unknown>;
    active.add(s);
    return () => {
      active.delete(s);
      void s.flush().then(() => report(s, 'idle'));
    };
  }, [scheduler, report]);

  const schedule = useCallback((value: T) => scheduler.schedule(value), [scheduler]);
  const flush = useCallback(() => scheduler.flush(), [scheduler]);
  return { state, error, schedule, flush };
}
