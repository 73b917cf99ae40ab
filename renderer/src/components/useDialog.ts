import { useCallback, useState } from 'react';

export type DialogHandle<T> = {
  /** What the dialog is about; kept while the dialog animates closed. */
  value: T | undefined;
  open: boolean;
  /** Changes on every show(), so the dialog remounts with fresh fields. */
  key: number;
  show(value: T): void;
  close(): void;
};

/**
 * State of a dialog that opens and closes through Fluent's `open` prop (not by unmounting:
 * an abruptly unmounted modal leaves the page aria-hidden).
 */
export function useDialog<T = true>(): DialogHandle<T> {
  const [state, setState] = useState<{ value: T; open: boolean; key: number } | null>(null);
  const show = useCallback((value: T) => setState((s) => ({ value, open: true, key: (s?.key ?? 0) + 1 })), []);
  const close = useCallback(() => setState((s) => (s ? { ...s, open: false } : s)), []);
  return { value: state?.value, open: state?.open ?? false, key: state?.key ?? 0, show, close };
}

/**
 * Resolves once no dialog surface is left in the page (after its closing animation), so a
 * navigation that follows does not unmount a modal mid-way. Gives up after `timeoutMs`.
 */
export function dialogsClosed(timeoutMs = 1500): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector('.fui-DialogSurface') || performance.now() - started > timeoutMs) resolve();
      else window.setTimeout(check, 30);
    };
    check();
  });
}
