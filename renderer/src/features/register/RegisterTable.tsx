// The register as a virtualised table (see useVirtualRows): only the rows in view (and a few
// either side) are in the DOM, so it stays fast at 100,000 actions. Roles carry the table
// semantics (aria-rowcount, aria-rowindex). ↑/↓, Home and End move between the rows' titles,
// Enter opens one's history.
import { mergeClasses } from '@fluentui/react-components';
import type { RegisterRow } from '../../../../shared/contract/index.ts';
import { registerText } from '../../../../shared/i18n/sv/ui-register.ts';
import { useVirtualRows } from '../../components/useVirtualRows.ts';
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
  const list = useVirtualRows({
    count: total,
    rowHeight: ROW_HEIGHT,
    scrollMargin: HEADER_HEIGHT,
    resetKey: queryKey,
    ensure: rows.ensure,
    focusTarget: '[data-row-title]',
  });

  return (
    <div
      ref={list.scrollRef}
      role="table"
      aria-label={registerText.table.label}
      aria-rowcount={total + 1}
      aria-busy={rows.loading || undefined}
      className={s.scroller}
      onFocus={list.onFocus}
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
      <div role="rowgroup" className={s.body} style={{ height: `${list.totalSize}px` }}>
        {list.items.map((item) => (
          <RegisterRowView
            key={item.key}
            row={rows.rowAt(item.index)}
            index={item.index}
            top={item.start - HEADER_HEIGHT}
            onOpen={onOpen}
            onTitleKeyDown={list.onRowKeyDown}
          />
        ))}
      </div>
    </div>
  );
}
