// Label–value pairs in two columns (a description list): the action's facts and each entry's.
import { Fragment, type ReactNode } from 'react';
import { useHistoryStyles } from './historyStyles.ts';

export function PairList({ pairs }: { pairs: readonly (readonly [string, ReactNode])[] }) {
  const s = useHistoryStyles();
  return (
    <dl className={s.pairs}>
      {pairs.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={s.term}>{term}</dt>
          <dd className={s.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
