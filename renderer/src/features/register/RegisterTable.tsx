// The register as a virtualised table: only the rows in view (and a few either side) are in the
// DOM, placed in a body as tall as all rows, so it stays fast at 100,000 actions. Roles carry
// the table semantics (aria-rowcount, aria-rowindex). ↑/↓, Home and End move between the rows'
// titles, Enter opens one's history; the focused row stays rendered while it has focus.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { mergeClasses } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { RegisterRow } from '../../../../shared/contract/index.ts';
import { registerText } from '../../../../shared/i18n/sv/ui-register.ts';
import type { RegisterSort } from './registerFilters.ts';
import { RegisterRowView } from './RegisterRowView.tsx';
import { HEADER_HEIGHT, ROW_HEIGHT, useTableStyles } from './registerTableStyles.ts';
import type { RegisterRows } from './useRegisterRows.ts';

const c = registerText.table.columns;

type Props = {
  rows: RegisterRows;
  total: number;
  /** Changes with every filter or sort: the list starts again at the top. */
  queryKey: string;
  sort: RegisterSort;
  descending: boolean;
  onSort(sort: RegisterSort): void;
  onOpen(row: RegisterRow): void;
};

const columns: { label: string; sort?: RegisterSort }[] = [
  { label: c.title },
  { label: c.owner, sort: 'owner' },
  { label: c.due, sort: 'due' },
  { label: c.status },
  { label: c.decided },
  { label: c.lastFollowUp },
  { label: c.age, sort: 'age' },
];

/** The order a screen reader announces: "age" ascending in the API is the oldest (largest age) first. */
function ariaSort(column: RegisterSort, descending: boolean): 'ascending' | 'descending' {
  const ascending = column === 'age' ? descending : !descending;
  return ascending ? 'ascending' : 'descending';
}

export function RegisterTable({ rows, total, queryKey, sort, descending, onSort, onOpen }: Props) {
  const s = useTableStyles();
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
    scrollMargin: HEADER_HEIGHT,
    rangeExtractor,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const { ensure } = rows;

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
    const title = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] [data-row-title]`);
    if (!title) return;
    pendingFocus.current = null;
    title.focus();
  });

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(total - 1, index));
    pendingFocus.current = target;
    focusedIndex.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const title = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-index="${target}"] [data-row-title]`);
    if (title) {
      pendingFocus.current = null;
      title.focus();
    }
  };

  const onTitleKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: total - 1 };
    const target = step[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label={registerText.table.label}
      aria-rowcount={total + 1}
      aria-busy={rows.loading || undefined}
      className={s.scroller}
      onFocus={(event) => {
        const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
        focusedIndex.current = row ? Number(row.dataset.index) : null;
      }}
    >
      <div role="rowgroup" className={s.head}>
        <div role="row" aria-rowindex={1} className={mergeClasses(s.grid, s.headRow)}>
          {columns.map((column) => (
            <div
              key={column.label}
              role="columnheader"
              className={mergeClasses(s.headCell, column.label === c.age && s.number)}
              aria-sort={column.sort && column.sort === sort ? ariaSort(sort, descending) : undefined}
            >
              {column.sort ? (
                <button type="button" className={s.sortButton} onClick={() => onSort(column.sort!)}>
                  {column.label}
                  {column.sort === sort && <span aria-hidden="true">{ariaSort(sort, descending) === 'ascending' ? '↑' : '↓'}</span>}
                </button>
              ) : (
                column.label
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className={s.body} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {items.map((item) => (
          <RegisterRowView
            key={item.key}
            row={rows.rowAt(item.index)}
            index={item.index}
            top={item.start - HEADER_HEIGHT}
            onOpen={onOpen}
            onTitleKeyDown={onTitleKeyDown}
          />
        ))}
      </div>
    </div>
  );
}
