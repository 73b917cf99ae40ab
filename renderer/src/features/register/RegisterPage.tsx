// Uppdragsregister: every action of the held meetings across groups, filtered and sorted as the
// URL says, in a virtualised table fed page by page; a row's title opens the action's history.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import type { RegisterRow } from '../../../../shared/contract/index.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registerText as t } from '../../../../shared/i18n/sv/ui-register.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDialog } from '../../components/useDialog.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { ActionHistoryDialog } from './ActionHistoryDialog.tsx';
import { RegisterFilterBar } from './RegisterFilterBar.tsx';
import { apiQueryOf, hasFilters, type RegisterSort } from './registerFilters.ts';
import { RegisterTable } from './RegisterTable.tsx';
import { useRegisterFilters } from './useRegisterFilters.ts';
import { useRegisterRows } from './useRegisterRows.ts';

const useStyles = makeStyles({
  // The page fills the main area's height so the table, not the page, scrolls.
  page: { display: 'flex', flexDirection: 'column', height: 'calc(100vh - 112px)', minHeight: '560px' },
  count: { margin: '0 0 8px 0', fontWeight: tokens.fontWeightSemibold, minHeight: tokens.lineHeightBase300 },
});

/** The default direction of each sort: earliest due, owner A–Ö, oldest first. */
const defaultDescending: Record<RegisterSort, boolean> = { due: false, owner: false, age: false };

export function RegisterPage() {
  useDocumentTitle(t.pageTitle);
  const styles = useStyles();
  const [filters, update, clear] = useRegisterFilters();
  const query = useMemo(() => apiQueryOf(filters), [filters]);
  const queryKey = JSON.stringify(query);
  const rows = useRegisterRows(query);
  const history = useDialog<RegisterRow>();
  const refreshGroups = useGroupsStore((s) => s.refresh);

  useEffect(() => {
    void refreshGroups();
  }, [refreshGroups]);

  const sortBy = (sort: RegisterSort) =>
    update({ patch: { sort, descending: sort === filters.sort ? !filters.descending : defaultDescending[sort] } });

  const total = rows.summary?.total ?? null;
  return (
    <div className={styles.page}>
      <Breadcrumbs items={[{ label: commonText.nav.start, to: paths.start }, { label: t.heading }]} />
      <PageHeading subtitle={t.intro}>{t.heading}</PageHeading>
      <RegisterFilterBar filters={filters} onChange={update} onClear={clear} />
      <ErrorBar error={rows.error} onRetry={rows.retry} />
      <p className={styles.count} role="status">
        {total === null ? '' : t.count(total)}
      </p>
      {total === 0 ? (
        hasFilters(filters) ? (
          <EmptyState title={t.empty.noMatch} hint={t.empty.noMatchHint} />
        ) : (
          <EmptyState title={t.empty.none} hint={t.empty.noneHint} />
        )
      ) : (
        total !== null && (
          <RegisterTable
            rows={rows}
            total={total}
            queryKey={queryKey}
            sort={filters.sort}
            descending={filters.descending}
            onSort={sortBy}
            onOpen={history.show}
          />
        )
      )}
      {history.value && <ActionHistoryDialog key={history.key} open={history.open} row={history.value} onClose={history.close} />}
    </div>
  );
}
