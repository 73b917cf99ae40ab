// How well the groups follow up: each group's latest meeting and the share of open actions it
// followed up; decisions without an action or a recipient; and coverage of mandates and goals.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Dashboard, DecisionRef, FollowUpRate } from '../../../../shared/contract/index.ts';
import { dashboardUiText as t, formatShare } from '../../../../shared/i18n/sv/ui-dashboard.ts';
import { paths } from '../../app/paths.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageSection } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';

const c = t.columns;
const useStyles = makeStyles({
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  text: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: '48ch' },
  facts: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '4px' },
});

export function FollowUpRateTable({ rows }: { rows: readonly FollowUpRate[] }) {
  const styles = useStyles();
  const columns: Column<FollowUpRate & { id: string }>[] = [
    { header: c.group, cell: (r) => r.groupName },
    {
      header: c.latestMeeting,
      cell: (r) => (r.meetingId && r.meetingDate ? <RouterLink to={paths.meeting(r.groupId, r.meetingId)}>{r.meetingDate}</RouterLink> : t.followUp.noMeeting),
      nowrap: true,
    },
    { header: c.openAtStart, cell: (r) => r.openAtStart },
    { header: c.followedUp, cell: (r) => r.followedUp },
    { header: c.rate, cell: (r) => formatShare(r.rate), nowrap: true },
  ];
  return (
    <PageSection id="dashboard-follow-up" title={t.followUp.heading}>
      <p className={styles.intro}>{t.followUp.intro}</p>
      <DataTable labelledBy="dashboard-follow-up" rows={rows.map((r) => ({ ...r, id: r.groupId }))} columns={columns} />
    </PageSection>
  );
}

function DecisionTable({ id, title, list, empty, withGroup }: { id: string; title: string; list: Dashboard['decisionsWithoutAction']; empty: string; withGroup: boolean }) {
  const styles = useStyles();
  const columns: Column<DecisionRef & { id: string }>[] = [
    {
      header: c.decision,
      cell: (r) => <RouterLink to={paths.meeting(r.groupId, r.meetingId)}>{t.decisionRef(r.sectionNumber, r.meetingDate)}</RouterLink>,
      nowrap: true,
    },
    ...(withGroup ? [{ header: c.group, cell: (r: DecisionRef) => r.groupName }] : []),
    { header: c.item, cell: (r) => r.itemTitle },
    { header: c.decisionText, cell: (r) => <span className={styles.text}>{r.text}</span> },
  ];
  return (
    <PageSection id={id} title={`${title} (${list.count})`}>
      <p className={styles.intro}>
        {t.decisions.intro}
        {list.count > list.rows.length ? ` ${t.decisions.shown(list.rows.length, list.count)}` : ''}
      </p>
      {list.count === 0 ? <EmptyState title={empty} /> : <DataTable labelledBy={id} rows={list.rows.map((r) => ({ ...r, id: r.decisionId }))} columns={columns} />}
    </PageSection>
  );
}

export function DecisionTables({ dashboard }: { dashboard: Dashboard }) {
  const withGroup = dashboard.groupId === null;
  return (
    <>
      <DecisionTable id="dashboard-without-action" title={t.decisions.withoutActionHeading} list={dashboard.decisionsWithoutAction} empty={t.decisions.emptyAction} withGroup={withGroup} />
      <DecisionTable
        id="dashboard-without-recipient"
        title={t.decisions.withoutRecipientHeading}
        list={dashboard.decisionsWithoutRecipient}
        empty={t.decisions.emptyRecipient}
        withGroup={withGroup}
      />
    </>
  );
}

export function CoverageSection({ dashboard }: { dashboard: Dashboard }) {
  const styles = useStyles();
  const s = dashboard.coverageSummary;
  return (
    <PageSection id="dashboard-coverage" title={t.coverage.heading}>
      <ul className={styles.facts}>
        <li>{t.coverage.mandates(s.monitoredMandates, s.mandatesNotTreated)}</li>
        <li>{t.coverage.reportBack(s.reportBackSoon, s.reportBackPassed)}</li>
        <li>{t.coverage.goals(s.monitoredGoals, s.goalsNotTreated)}</li>
      </ul>
      <RouterLink to={paths.registers}>{t.coverage.link}</RouterLink>
    </PageSection>
  );
}
