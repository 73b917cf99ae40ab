// The group page's meetings: table, "Planera ett möte", delete with confirmation.
import {
  Button,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { Meeting } from '../../../../shared/contract/index.ts';
import { meetingKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { meetingsText } from '../../../../shared/i18n/sv/ui-meetings.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { formatTimeRange } from '../../components/format.ts';
import { PageSection } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { MeetingStatusBadge } from '../../components/StatusBadge.tsx';
import { useDialog } from '../../components/useDialog.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { DeleteMeetingDialog } from './DeleteMeetingDialog.tsx';
import { MeetingFormDialog } from './MeetingFormDialog.tsx';

const t = meetingsText.section;

const useStyles = makeStyles({
  rowActions: { display: 'flex', gap: '4px', flexWrap: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
});

export function GroupMeetingsSection({ groupId }: { groupId: string }) {
  const styles = useStyles();
  const meetings = useApiQuery('meetings.list', { groupId });
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const planDialog = useDialog();
  const deleteDialog = useDialog<Meeting>();

  const plan = (
    <Button appearance="primary" onClick={() => planDialog.show(true)}>
      {t.plan}
    </Button>
  );
  const list = meetings.data ?? [];

  return (
    <PageSection id="group-meetings" title={t.heading} actions={plan}>
      <ErrorBar error={meetings.error} onRetry={() => void meetings.reload()} />
      {meetings.loading ? (
        <Spinner size="small" label={commonText.loading} />
      ) : list.length === 0 ? (
        !meetings.error && (
<EmptyState title={t.empty} hint={t.emptyHint} />
        )
      ) : (
        <Table size="small" aria-labelledby="group-meetings">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columns.date}</TableHeaderCell>
              <TableHeaderCell>{t.columns.time}</TableHeaderCell>
              <TableHeaderCell>{t.columns.place}</TableHeaderCell>
              <TableHeaderCell>{t.columns.kind}</TableHeaderCell>
              <TableHeaderCell>{t.columns.status}</TableHeaderCell>
              <TableHeaderCell>{commonText.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.map((meeting) => (
              <TableRow key={meeting.id}>
                <TableCell className={styles.nowrap}>
                  <RouterLink to={paths.meeting(groupId, meeting.id)} aria-label={t.openAria(meeting.date)}>
                    {meeting.date}
                  </RouterLink>
                </TableCell>
                <TableCell className={styles.nowrap}>{formatTimeRange(meeting.startTime, meeting.endTime) || commonText.none}</TableCell>
                <TableCell>{meeting.place ?? commonText.none}</TableCell>
                <TableCell>{meetingKindLabel[meeting.kind]}</TableCell>
                <TableCell>
                  <MeetingStatusBadge status={meeting.status} />
                </TableCell>
                <TableCell>
                  <div className={styles.rowActions}>
                    <Button size="small" aria-label={t.deleteAria(meeting.date)} onClick={() => deleteDialog.show(meeting)}>
                      {commonText.delete}
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {planDialog.value && (
        <MeetingFormDialog
          key={planDialog.key}
          open={planDialog.open}
          groupId={groupId}
          onClose={planDialog.close}
          onSaved={async () => {
            planDialog.close();
            void refreshGroups();
            await meetings.reload();
          }}
        />
      )}
      {deleteDialog.value && (
        <DeleteMeetingDialog
          key={deleteDialog.key}
          open={deleteDialog.open}
          meeting={deleteDialog.value}
          onClose={deleteDialog.close}
          onDeleted={async () => {
            deleteDialog.close();
            void refreshGroups();
            await meetings.reload();
          }}
        />
      )}
    </PageSection>
  );
}
