// The action tables: by organisation, by owner, and the oldest open actions with a link to the
// meeting where each was decided.
import { Badge, makeStyles } from '@fluentui/react-components';
import type { Dashboard, OpenActionRow, OrganisationFigures, OwnerFigures } from '../../../../shared/contract/index.ts';
import { actionStatusLabel, overdueLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { dashboardUiText as t } from '../../../../shared/i18n/sv/ui-dashboard.ts';
import { paths } from '../../app/paths.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageSection } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { organisationName } from './OrganisationChart.tsx';

const c = t.columns;
const useStyles = makeStyles({ status: { display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' } });

const counts = <T,>(): Column<T & { open: number; overdue: number; closed: number }>[] => [
  { header: c.open, cell: (r) => r.open },
  { header: c.overdue, cell: (r) => r.overdue },
  { header: c.closed, cell: (r) => r.closed },
];

export function ByOrganisationTable({ rows }: { rows: readonly OrganisationFigures[] }) {
  const columns: Column<OrganisationFigures & { id: string }>[] = [{ header: c.organisation, cell: (r) => organisationName(r) }, ...counts<OrganisationFigures>()];
  return (
    <PageSection id="dashboard-by-organisation" title={t.byOrganisation.heading}>
      {rows.length === 0 ? (
        <EmptyState title={t.byOrganisation.empty} />
      ) : (
        <DataTable labelledBy="dashboard-by-organisation" rows={rows.map((r) => ({ ...r, id: r.organisationId ?? 'group' }))} columns={columns} />
      )}
    </PageSection>
  );
}

export function ByOwnerTable({ rows }: { rows: readonly OwnerFigures[] }) {
  const columns: Column<OwnerFigures & { id: string }>[] = [
    { header: c.owner, cell: (r) => r.ownerName },
    { header: c.organisation, cell: (r) => r.organisationName ?? commonText.none },
    ...counts<OwnerFigures>(),
  ];
  return (
    <PageSection id="dashboard-by-owner" title={t.byOwner.heading}>
      {rows.length === 0 ? (
        <EmptyState title={t.byOwner.empty} />
      ) : (
        <DataTable labelledBy="dashboard-by-owner" rows={rows.map((r) => ({ ...r, id: `${r.ownerId}:${r.organisationName ?? ''}` }))} columns={columns} />
      )}
    </PageSection>
  );
}

function Status({ row }: { row: OpenActionRow }) {
  const styles = useStyles();
  return (
    <span className={styles.status}>
      {actionStatusLabel[row.status]}
      {row.overdue && (
        <Badge appearance="tint" color="danger" shape="rounded">
          {overdueLabel}
        </Badge>
      )}
    </span>
  );
}

export function OldestOpenTable({ dashboard }: { dashboard: Dashboard }) {
  const columns: Column<OpenActionRow & { id: string }>[] = [
    { header: c.title, cell: (r) => r.title },
    ...(dashboard.groupId ? [] : [{ header: c.group, cell: (r: OpenActionRow) => r.groupName }]),
    {
      header: c.decided,
      cell: (r) => <RouterLink to={paths.meeting(r.groupId, r.meetingId)}>{t.decisionRef(r.sectionNumber, r.decidedOn)}</RouterLink>,
      nowrap: true,
    },
    { header: c.owner, cell: (r) => (r.organisationName ? `${r.ownerName}, ${r.organisationName}` : r.ownerName) },
    { header: c.due, cell: (r) => r.dueDate, nowrap: true },
    { header: c.status, cell: (r) => <Status row={r} /> },
    { header: c.age, cell: (r) => t.ageDays(r.ageDays), nowrap: true },
  ];
  return (
    <PageSection id="dashboard-oldest" title={t.oldest.heading}>
      {dashboard.oldestOpenActions.length === 0 ? (
        <EmptyState title={t.oldest.empty} />
      ) : (
        <DataTable labelledBy="dashboard-oldest" rows={dashboard.oldestOpenActions.map((r) => ({ ...r, id: r.actionId }))} columns={columns} />
      )}
    </PageSection>
  );
}
