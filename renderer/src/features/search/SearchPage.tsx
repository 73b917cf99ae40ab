// Sök: full-text search over protocols, actions, follow-ups, politiska uppdrag and mål. The text
// and filters live in the URL; hits come page by page into a virtualised list. Before any text,
// the page explains how to search; a search without hits says what to try instead.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { searchText as t } from '../../../../shared/i18n/sv/ui-search.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useUrlFilters } from '../../components/useUrlFilters.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { apiQueryOf, filtersFromParams, hasText, paramsFromFilters } from './searchFilters.ts';
import { SearchForm } from './SearchForm.tsx';
import { SearchResultList, type ResultListHandle } from './SearchResultList.tsx';
import { useSearchHits } from './useSearchHits.ts';

const useStyles = makeStyles({
  // The page fills the main area's height so the list, not the page, scrolls.
  page: { display: 'flex', flexDirection: 'column', height: 'calc(100vh - 112px)', minHeight: '600px' },
  status: { margin: '0 0 8px 0', minHeight: tokens.lineHeightBase300, display: 'flex', flexWrap: 'wrap', gap: '4px 12px' },
  count: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  hints: { margin: 0, paddingLeft: '20px', color: tokens.colorNeutralForeground2 },
});

export function SearchPage() {
  useDocumentTitle(t.pageTitle);
  const styles = useStyles();
  // A choice (group, a kind) adds a history entry so Back undoes it; typing replaces the entry.
  const [filters, update] = useUrlFilters(filtersFromParams, paramsFromFilters);
  const searching = hasText(filters.q);
  const query = useMemo(() => (searching ? apiQueryOf(filters) : null), [filters, searching]);
  const queryKey = JSON.stringify(query);
  const hits = useSearchHits(query);
  const boxRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<ResultListHandle>(null);
  // ↓ pressed before the first hits were shown: focus the first one when they are.
  const [enterWhenShown, setEnterWhenShown] = useState(false);
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const summary = hits.summary;

  useEffect(() => {
    void refreshGroups();
  }, [refreshGroups]);

  useEffect(() => {
    if (!enterWhenShown || !listRef.current) return;
    setEnterWhenShown(false);
    listRef.current.focusFirst();
  }, [enterWhenShown, summary]);

  const enterResults = () => {
    if (listRef.current) listRef.current.focusFirst();
    else if (searching) setEnterWhenShown(true);
  };

  return (
    <div className={styles.page}>
      <Breadcrumbs items={[{ label: commonText.nav.start, to: paths.start }, { label: t.heading }]} />
      <PageHeading subtitle={t.intro}>{t.heading}</PageHeading>
      <SearchForm filters={filters} onChange={update} boxRef={boxRef} onEnterResults={enterResults} />
      <ErrorBar error={hits.error} onRetry={hits.retry} />
      <p className={styles.status} role="status">
        {summary && (
          <>
            <span className={styles.count}>{t.count(summary.total, summary.totalCapped)}</span>
            {summary.order === 'recency' && <span className={styles.note}>{t.byRecency}</span>}
          </>
        )}
      </p>
      {!searching ? (
        <EmptyState title={t.empty.start}>
          <ul className={styles.hints}>
            {t.empty.startHints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </EmptyState>
      ) : summary?.total === 0 ? (
        <EmptyState title={t.empty.none(filters.q)} hint={t.empty.noneHint} />
      ) : (
        summary && (
          <SearchResultList hits={hits} total={summary.total} queryKey={queryKey} onExitTop={() => boxRef.current?.focus()} handleRef={listRef} />
        )
      )}
    </div>
  );
}
