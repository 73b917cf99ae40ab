// A virtualised list of fixed-height rows: only the rows in view (and a few either side) are
// rendered, placed in a body as tall as all rows, and their pages are asked for as they come into
// view. ↑/↓, Home and End move focus between the rows' focus targets (scrolling the row in and
// focusing it once rendered and loaded); the focused row stays rendered while it has focus. A new
// query scrolls back to the top.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

type Options = {
  count: number;
  rowHeight: number;
  /** Height above the rows inside the scroll area (a sticky header). */
  scrollMargin?: number;
  /** Changes with every new query: the list starts again at the top. */
  resetKey: string;
  /** Asks for the rows first…last (inclusive), the ones about to render. */
  ensure(first: number, last: number): void;
  /** Selects the element in a row that the keyboard moves between, e.g. its link. */
  focusTarget: string;
  /** ↑ on the first row; without it, focus stays there. */
  onExitTop?(): void;
};

export function useVirtualRows({ count, rowHeight, scrollMargin = 0, resetKey, ensure, focusTarget, onExitTop }: Options) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusedIndex = useRef<number | null>(null);
  const pendingFocus = useRef<number | null>(null);

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedIndex.current;
    if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    scrollMargin,
    rangeExtractor,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (last >= first) ensure(first, last);
  }, [ensure, first, last]);

  useEffect(() => {
    focusedIndex.current = null;
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  const targetAt = useCallback(
    (index: number) => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] ${focusTarget}`),
    [focusTarget],
  );

  // Focus asked for by the keyboard lands once the row is rendered and its page loaded.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const target = targetAt(index);
    if (!target) return;
    pendingFocus.current = null;
    target.focus();
  });

  const moveTo = useCallback(
    (index: number) => {
      if (count === 0) return;
      const row = Math.max(0, Math.min(count - 1, index));
      pendingFocus.current = row;
      focusedIndex.current = row;
      virtualizer.scrollToIndex(row, { align: 'auto' });
      const target = targetAt(row);
      if (target) {
        pendingFocus.current = null;
        target.focus();
      }
    },
    [count, virtualizer, targetAt],
  );

  /** For a row's focus target. */
  const onRowKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowUp' && index === 0 && onExitTop) {
      event.preventDefault();
      onExitTop();
      return;
    }
    const step: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: count - 1 };
    const target = step[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  /** For the scroll area: remembers which row has focus, so it stays rendered. */
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    focusedIndex.current = row ? Number(row.dataset.index) : null;
  };

  return { scrollRef, items, totalSize: virtualizer.getTotalSize(), moveTo, onRowKeyDown, onFocus };
}
