// Översikt: the group lead's dashboard for one group or all groups — key figures, trends and
// actions by organisation as charts (each with its numbers as a table), the tables behind them,
// and the report to a committee one click away.
import { Field, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { dashboardUiText as t } from '../../../../shared/i18n/sv/ui-dashboard.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { ByOrganisationTable, ByOwnerTable, OldestOpenTable } from './ActionTables.tsx';
import { CommitteeReportButton } from './CommitteeReportButton.tsx';
import { FigureTiles } from './FigureTiles.tsx';
import { CoverageSection, DecisionTables, FollowUpRateTable } from './FollowUpTables.tsx';
import { OrganisationChart } from './OrganisationChart.tsx';
import { TrendChart } from './TrendChart.tsx';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: '16px', alignItems: 'flex-end', justifyContent: 'space-between', flexWrap: 'wrap' },
  filter: { minWidth: '280px', maxWidth: '420px' },
  asOf: { margin: '12px 0 0', color: tokens.colorNeutralForeground2 },
});

export function DashboardPage() {
  useDocumentTitle(t.pageTitle);
  const styles = useStyles();
  const groups = useGroupsStore((s) => s.groups);
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const [groupId, setGroupId] = useState('');
  const query = useApiQuery('dashboard.get', groupId ? { groupId } : {});
  const d = query.data;

  useEffect(() => {
    void refreshGroups();
  }, [refreshGroups]);

  return (
    <>
      <Breadcrumbs items={[{ label: commonText.nav.start, to: paths.start }, { label: t.heading }]} />
      <PageHeading subtitle={t.intro}>{t.heading}</PageHeading>
      <div className={styles.toolbar}>
        <Field className={styles.filter} label={t.group} hint={t.groupHint}>
          <Select value={groupId} onChange={(_e, data) => setGroupId(data.value)}>
            <option value="">{t.allGroups}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </Select>
        </Field>
        {d && <CommitteeReportButton today={d.today} />}
      </div>
      <ErrorBar error={query.error} onRetry={() => void query.reload()} />
      {query.loading && <Spinner size="small" label={commonText.loading} />}
      {d && (
        <>
          <p className={styles.asOf}>{t.asOf(d.today)}</p>
          <FigureTiles dashboard={d} />
          <TrendChart trend={d.trend} />
          {d.byOrganisation.length > 0 && <OrganisationChart rows={d.byOrganisation} />}
          <ByOrganisationTable rows={d.byOrganisation} />
          <ByOwnerTable rows={d.byOwner} />
          <OldestOpenTable dashboard={d} />
          <FollowUpRateTable rows={d.followUpByGroup} />
          <DecisionTables dashboard={d} />
          <CoverageSection dashboard={d} />
        </>
      )}
    </>
  );
}
