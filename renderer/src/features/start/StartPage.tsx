// Start: the user's groups at a glance and the next meetings across all groups.
import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { useNavigate } from 'react-router';
import type { Meeting } from '../../../../shared/contract/index.ts';
import { groupKindLabel, meetingKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { startText as t } from '../../../../shared/i18n/sv/ui-start.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatTimeRange } from '../../components/format.ts';
import { ListContent, queryListProps } from '../../components/ListContent.tsx';
import { PageHeading, PageSection } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { MeetingStatusBadge } from '../../components/StatusBadge.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: '12px', listStyleType: 'none', margin: 0, padding: 0 },
  card: { height: '100%', gap: '6px', padding: '14px 16px' },
  cardTitle: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  kind: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  facts: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: '12px', rowGap: '2px' },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0 },
  caption: { textAlign: 'left', color: tokens.colorNeutralForeground2, paddingBottom: '4px', captionSide: 'top' },
});

const upcomingColumns: Column<Meeting>[] = [
  { header: t.columns.date, cell: (m) => <RouterLink to={paths.meeting(m.groupId, m.id)}>{m.date}</RouterLink>, nowrap: true },
  { header: t.columns.time, cell: (m) => formatTimeRange(m.startTime, m.endTime) || commonText.none, nowrap: true },
  { header: t.columns.group, cell: (m) => m.groupName },
  { header: t.columns.place, cell: (m) => m.place ?? commonText.none },
  { header: t.columns.kind, cell: (m) => meetingKindLabel[m.kind] },
  { header: t.columns.status, cell: (m) => <MeetingStatusBadge status={m.status} /> },
];

export function StartPage() {
  const styles = useStyles();
  useDocumentTitle(t.pageTitle);
  const navigate = useNavigate();
  const groups = useGroupsStore((s) => s.groups);
  const groupsLoaded = useGroupsStore((s) => s.loaded);
  const groupsError = useGroupsStore((s) => s.error);
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const upcoming = useApiQuery('meetings.upcoming', { limit: 10 });
  const drafts = useApiQuery('meetings.list', { statuses: ['draft', 'for_approval'] });

  return (
    <>
      <PageHeading>{t.heading}</PageHeading>

      <PageSection id="start-groups" title={t.groupsHeading}>
        <ListContent
          rows={groups}
          loading={!groupsLoaded}
          error={groupsError}
          onRetry={() => void refreshGroups()}
          empty={
            <EmptyState title={t.noGroups} hint={t.noGroupsHint}>
              <Button appearance="primary" onClick={() => void navigate(paths.groups, { state: { create: true } })}>
                {t.createGroup}
              </Button>
            </EmptyState>
          }
        >
          {(rows) => (
            <ul className={styles.cards}>
              {rows.map((group) => (
                <li key={group.id}>
                  <Card className={styles.card} appearance="outline">
                    <h3 className={styles.cardTitle}>
                      <RouterLink to={paths.group(group.id)}>{group.name}</RouterLink>
                    </h3>
                    <p className={styles.kind}>
                      {groupKindLabel[group.kind]}
                      {group.shortName ? ` · ${group.shortName}` : ''}
                    </p>
                    <dl className={styles.facts}>
                      <dt className={styles.term}>{t.nextMeeting}</dt>
                      <dd className={styles.def}>{group.nextMeetingDate ?? t.noNextMeeting}</dd>
                    </dl>
                    <p className={styles.kind}>{t.members(group.memberCount)}</p>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </ListContent>
      </PageSection>

      <PageSection id="start-upcoming" title={t.upcomingHeading}>
        <ListContent
          {...queryListProps(upcoming)}
          empty={<EmptyState title={t.noUpcoming} hint={groups.length > 0 ? t.noUpcomingHint : t.noUpcomingNoGroups} />}
        >
          {(rows) => <DataTable labelledBy="start-upcoming" rows={rows} columns={upcomingColumns} />}
        </ListContent>
      </PageSection>

      <PageSection id="start-drafts" title={t.draftsHeading}>
        <ListContent {...queryListProps(drafts)} empty={<EmptyState title={t.noDrafts} hint={t.noDraftsHint} />}>
          {(rows) => <DataTable labelledBy="start-drafts" rows={rows} columns={upcomingColumns} />}
        </ListContent>
      </PageSection>
    </>
  );
}
