// One hit in the search page's list: its kind, the highlighted title as a link to where the hit
// leads, the highlighted snippet, and its group, date and §. A row whose page is still on its
// way says so.
import type { KeyboardEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';
import type { SearchHit } from '../../../../shared/contract/index.ts';
import { searchKindLabel, searchText } from '../../../../shared/i18n/sv/ui-search.ts';
import { Highlighted } from './Highlighted.tsx';
import { hitTarget } from './hitTarget.ts';
import { hitContext, KindBadge } from './HitParts.tsx';
import { useResultListStyles } from './resultListStyles.ts';

type RowProps = {
  hit: SearchHit | undefined;
  index: number;
  total: number;
  /** Offset of the row in the list, from the virtualiser. */
  top: number;
  onLinkKeyDown(event: KeyboardEvent<HTMLAnchorElement>, index: number): void;
};

export function SearchHitRow({ hit, index, total, top, onLinkKeyDown }: RowProps) {
  const s = useResultListStyles();
  const rowProps = {
    role: 'listitem',
    'aria-posinset': index + 1,
    'aria-setsize': total,
    'data-index': index,
    className: s.row,
    style: { transform: `translateY(${top}px)` },
  };
  return (
    <div {...rowProps}>
      {hit ? <HitContent hit={hit} index={index} onLinkKeyDown={onLinkKeyDown} /> : <span className={s.muted}>{searchText.loadingRow}</span>}
    </div>
  );
}

function HitContent({ hit, index, onLinkKeyDown }: { hit: SearchHit; index: number; onLinkKeyDown: RowProps['onLinkKeyDown'] }) {
  const s = useResultListStyles();
  const to = hitTarget(hit);
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <>
      <div className={s.head}>
        <KindBadge kind={hit.kind} />
        <a href={href} onClick={onClick} data-hit-link="" className={s.title} onKeyDown={(event) => onLinkKeyDown(event, index)}>
          {hit.title ? <Highlighted value={hit.title} /> : searchKindLabel[hit.kind]}
        </a>
      </div>
      {hit.snippet && (
        <p className={s.snippet}>
          <Highlighted value={hit.snippet} />
        </p>
      )}
      <p className={s.context}>{hitContext(hit)}</p>
    </>
  );
}
