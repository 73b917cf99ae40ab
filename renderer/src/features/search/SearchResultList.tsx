// The hits as a virtualised list: only the rows in view (and a few either side) are in the DOM,
// placed in a body as tall as all hits, and their pages are fetched as they come into view.
// aria-setsize and aria-posinset tell a screen reader how many hits there are and where it is.
// ↑/↓, Home and End move between the hits' links (↑ from the first goes back to the search box);
// Enter follows one. The focused row stays rendered while it has focus.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import { searchText } from '../../../../shared/i18n/sv/ui-search.ts';
import { ROW_HEIGHT, useResultListStyles } from './resultListStyles.ts';
import { SearchHitRow } from './SearchHitRow.tsx';
import type { SearchHits } from './useSearchHits.ts';

export type ResultListHandle = { focusFirst(): void };

type Props = {
  hits: SearchHits;
  total: number;
  /** Changes with every new search: the list starts again at the top. */
  queryKey: string;
  /** ↑ on the first hit. */
  onExitTop(): void;
  handleRef: Ref<ResultListHandle>;
};

const linkSelector = (index: number) => `[data-index="${index}"] [data-hit-link]`;

export function SearchResultList({ hits, total, queryKey, onExitTop, handleRef }: Props) {
  const s = useResultListStyles();
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
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    rangeExtractor,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const { ensure } = hits;

  useEffect(() => {
    if (last >= first) ensure(first, last);
  }, [ensure, first, last]);

  useEffect(() => {
    focusedIndex.current = null;
    virtualizer.scrollToOffset(0);
  }, [queryKey, virtualizer]);

  // Focus asked for by the keyboard lands once the row is rendered and its page loaded.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const link = scrollRef.current?.querySelector<HTMLAnchorElement>(linkSelector(index));
    if (!link) return;
    pendingFocus.current = null;
    link.focus();
  });

  const moveTo = useCallback(
    (index: number) => {
      if (total === 0) return;
      const target = Math.max(0, Math.min(total - 1, index));
      pendingFocus.current = target;
      focusedIndex.current = target;
      virtualizer.scrollToIndex(target, { align: 'auto' });
      const link = scrollRef.current?.querySelector<HTMLAnchorElement>(linkSelector(target));
      if (link) {
        pendingFocus.current = null;
        link.focus();
      }
    },
    [total, virtualizer],
  );

  useImperativeHandle(handleRef, () => ({ focusFirst: () => moveTo(0) }), [moveTo]);

  const onLinkKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowUp' && index === 0) {
      event.preventDefault();
      onExitTop();
      return;
    }
    const step: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: total - 1 };
    const target = step[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div
      ref={scrollRef}
      className={s.scroller}
      onFocus={(event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
        focusedIndex.current = row ? Number(row.dataset.index) : null;
      }}
    >
      <div role="list" aria-label={searchText.results} aria-busy={hits.loading || undefined} className={s.body} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {items.map((item) => (
          <SearchHitRow key={item.key} hit={hits.hitAt(item.index)} index={item.index} total={total} top={item.start} onLinkKeyDown={onLinkKeyDown} />
        ))}
      </div>
    </div>
  );
}
