// The group page's meetings: table, "Planera ett möte", delete with confirmation.
import type { Meeting } from '../../../../shared/contract/index.ts';
import { meetingKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { meetingsText } from '../../../../shared/i18n/sv/ui-meetings.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { CrudSection } from '../../components/CrudSection.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { queryListProps } from '../../components/ListContent.tsx';
import { formatTimeRange } from '../../components/format.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { MeetingStatusBadge } from '../../components/StatusBadge.tsx';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { meetingDeletion } from './meetingDeletion.ts';
import { MeetingFormDialog } from './MeetingFormDialog.tsx';

const t = meetingsText.section;

export function GroupMeetingsSection({ groupId }: { groupId: string }) {
  const meetings = useApiQuery('meetings.list', { groupId });
  const refreshGroups = useGroupsStore((s) => s.refresh);

  return (
    <CrudSection<Meeting>
      id="group-meetings"
      title={t.heading}
      createLabel={t.plan}
      {...queryListProps(meetings)}
      empty={<EmptyState title={t.empty} hint={t.emptyHint} />}
      columns={[
        {
          header: t.columns.date,
          cell: (m) => (
            <RouterLink to={paths.meeting(groupId, m.id)} aria-label={t.openAria(m.date)}>
              {m.date}
            </RouterLink>
          ),
          nowrap: true,
        },
        { header: t.columns.time, cell: (m) => formatTimeRange(m.startTime, m.endTime) || commonText.none, nowrap: true },
        { header: t.columns.place, cell: (m) => m.place ?? commonText.none },
        { header: t.columns.kind, cell: (m) => meetingKindLabel[m.kind] },
        { header: t.columns.status, cell: (m) => <MeetingStatusBadge status={m.status} /> },
      ]}
      // Meetings are changed on their own page; the list only plans and deletes.
      deleteAria={(m) => t.deleteAria(m.date)}
      renderEditor={({ value, ...props }) => <MeetingFormDialog {...props} groupId={groupId} meeting={value} />}
      deletion={meetingDeletion}
      onChanged={async () => {
        void refreshGroups();
        await meetings.reload();
      }}
    />
  );
}
