// The hits as a virtualised list (see useVirtualRows): only the rows in view (and a few either
// side) are in the DOM and their pages are fetched as they come into view. aria-setsize and
// aria-posinset tell a screen reader how many hits there are and where it is. ↑/↓, Home and End
// move between the hits' links (↑ from the first goes back to the search box); Enter follows one.
// data-results-for names the text the shown hits were searched for (read by the benchmark).
import { useImperativeHandle, type Ref } from 'react';
import { searchText } from '../../../../shared/i18n/sv/ui-search.ts';
import { useVirtualRows } from '../../components/useVirtualRows.ts';
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

export function SearchResultList({ hits, total, queryKey, onExitTop, handleRef }: Props) {
  const s = useResultListStyles();
  const list = useVirtualRows({ count: total, rowHeight: ROW_HEIGHT, resetKey: queryKey, ensure: hits.ensure, focusTarget: '[data-hit-link]', onExitTop });
  const { moveTo } = list;

  useImperativeHandle(handleRef, () => ({ focusFirst: () => moveTo(0) }), [moveTo]);

  return (
    <div ref={list.scrollRef} className={s.scroller} onFocus={list.onFocus}>
      <div
        role="list"
        aria-label={searchText.results}
        aria-busy={hits.loading || undefined}
        data-results-for={hits.firstPageOf?.text}
        className={s.body}
        style={{ height: `${list.totalSize}px` }}
      >
        {list.items.map((item) => (
          <SearchHitRow key={item.key} hit={hits.rowAt(item.index)} index={item.index} total={total} top={item.start} onLinkKeyDown={list.onRowKeyDown} />
        ))}
      </div>
    </div>
  );
}
