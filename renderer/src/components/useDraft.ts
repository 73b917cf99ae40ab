// A filter value as the user sets it: the control shows the new value at once (a controlled
// field must not wait for the router), and the value is committed to the URL after a short
// pause or when focus leaves the control, so arrowing through a list's options or typing makes
// one history entry and one query. A change from elsewhere (Back, "Rensa filter") replaces the draft.
import { useCallback, useEffect, useRef, useState } from 'react';

export type Draft<T> = { value: T; set(value: T): void; /** Commits a pending value now. */ flush(): void };

export function useDraft<T>(value: T, commit: (value: T) => void, delayMs = 250): Draft<T> {
  const [draft, setDraft] = useState(value);
  const committed = useRef(value);
  const pending = useRef(value);
  const commitRef = useRef(commit);

  useEffect(() => {
    commitRef.current = commit;
  }, [commit]);

  useEffect(() => {
    if (Object.is(value, committed.current)) return;
    committed.current = value;
    pending.current = value;
    setDraft(value);
  }, [value]);

  const flush = useCallback(() => {
    if (Object.is(pending.current, committed.current)) return;
    committed.current = pending.current;
    commitRef.current(pending.current);
  }, []);

  useEffect(() => {
    if (Object.is(draft, committed.current)) return;
    const timer = window.setTimeout(flush, delayMs);
    return () => window.clearTimeout(timer);
  }, [draft, delayMs, flush]);

  const set = useCallback((next: T) => {
    pending.current = next;
    setDraft(next);
  }, []);

  return { value: draft, set, flush };
}
