// Start: the user's groups at a glance and the next meetings across all groups.
import {
  Button,
  Card,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useNavigate } from 'react-router';
import { groupKindLabel, meetingKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { startText as t } from '../../../../shared/i18n/sv/ui-start.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { formatTimeRange } from '../../components/format.ts';
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
  nowrap: { whiteSpace: 'nowrap' },
});

export function StartPage() {
  const styles = useStyles();
  useDocumentTitle(t.pageTitle);
  const navigate = useNavigate();
  const groups = useGroupsStore((s) => s.groups);
  const groupsLoaded = useGroupsStore((s) => s.loaded);
  const groupsError = useGroupsStore((s) => s.error);
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const upcoming = useApiQuery('meetings.upcoming', { limit: 10 });

  return (
    <>
      <PageHeading>{t.heading}</PageHeading>

      <PageSection id="start-groups" title={t.groupsHeading}>
        <ErrorBar error={groupsError} onRetry={() => void refreshGroups()} />
        {!groupsLoaded ? (
          <Spinner size="small" label={commonText.loading} />
        ) : groups.length === 0 ? (
          <EmptyState title={t.noGroups} hint={t.noGroupsHint}>
            <Button appearance="primary" onClick={() => void navigate(paths.groups, { state: { create: true } })}>
              {t.createGroup}
            </Button>
          </EmptyState>
        ) : (
          <ul className={styles.cards}>
            {groups.map((group) => (
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
      </PageSection>

      <PageSection id="start-upcoming" title={t.upcomingHeading}>
        <ErrorBar error={upcoming.error} onRetry={() => void upcoming.reload()} />
        {upcoming.loading ? (
          <Spinner size="small" label={commonText.loading} />
        ) : upcoming.data && upcoming.data.length > 0 ? (
          <Table size="small" aria-labelledby="start-upcoming">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.columns.date}</TableHeaderCell>
                <TableHeaderCell>{t.columns.time}</TableHeaderCell>
                <TableHeaderCell>{t.columns.group}</TableHeaderCell>
                <TableHeaderCell>{t.columns.place}</TableHeaderCell>
                <TableHeaderCell>{t.columns.kind}</TableHeaderCell>
                <TableHeaderCell>{t.columns.status}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {upcoming.data.map((meeting) => (
                <TableRow key={meeting.id}>
                  <TableCell className={styles.nowrap}>
                    <RouterLink to={paths.meeting(meeting.groupId, meeting.id)}>{meeting.date}</RouterLink>
                  </TableCell>
                  <TableCell className={styles.nowrap}>{formatTimeRange(meeting.startTime, meeting.endTime) || commonText.none}</TableCell>
                  <TableCell>{meeting.groupName}</TableCell>
                  <TableCell>{meeting.place ?? commonText.none}</TableCell>
                  <TableCell>{meetingKindLabel[meeting.kind]}</TableCell>
                  <TableCell>
                    <MeetingStatusBadge status={meeting.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          !upcoming.error && <EmptyState title={t.noUpcoming} hint={groups.length > 0 ? t.noUpcomingHint : t.noUpcomingNoGroups} />
        )}
      </PageSection>
    </>
  );
}
