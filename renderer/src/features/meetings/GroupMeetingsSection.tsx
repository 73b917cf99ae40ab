// The group page's meetings, split into Kommande and Tidigare: "Planera ett möte", delete with
// confirmation. Meetings are changed on their own page.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Meeting } from '../../../../shared/contract/index.ts';
import { meetingKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { meetingsText } from '../../../../shared/i18n/sv/ui-meetings.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { CrudDialogs, crudRowActions, useCrudDialogs } from '../../components/CrudDialogs.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatTimeRange } from '../../components/format.ts';
import { ListContent, queryListProps } from '../../components/ListContent.tsx';
import { PageSection } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { MeetingStatusBadge } from '../../components/StatusBadge.tsx';
import { useAppStore } from '../../state/appStore.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { meetingDeletion } from './meetingDeletion.ts';
import { MeetingFormDialog } from './MeetingFormDialog.tsx';
import { stockholmToday } from '../../../../shared/domain/dates.ts';

const t = meetingsText.section;

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: '6px' },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function GroupMeetingsSection({ groupId }: { groupId: string }) {
  const styles = useStyles();
  const meetings = useApiQuery('meetings.list', { groupId });
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const today = useAppStore((s) => s.status?.today) ?? stockholmToday();
  const dialogs = useCrudDialogs<Meeting>();
  const actions = crudRowActions(dialogs, { deleteAria: (m) => t.deleteAria(m.date) });

  const columns: Column<Meeting>[] = [
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
    { header: t.columns.sections, cell: (m) => (m.sections.length ? `§§ ${m.sections[0]}–${m.sections.at(-1)}` : commonText.none), nowrap: true },
  ];

  const part = (id: string, title: string, rows: Meeting[], empty: string) => (
    <div className={styles.part}>
      <h3 id={id} className={styles.h3}>
        {title}
      </h3>
      {rows.length === 0 ? <p className={styles.muted}>{empty}</p> : <DataTable labelledBy={id} rows={rows} columns={columns} actions={actions} />}
    </div>
  );

  return (
    <PageSection
      id="group-meetings"
      title={t.heading}
      actions={
        <Button appearance="primary" onClick={() => dialogs.editor.show(null)}>
          {t.plan}
        </Button>
      }
    >
      <ListContent {...queryListProps(meetings)} empty={<EmptyState title={t.empty} hint={t.emptyHint} />}>
        {(rows) => {
          const upcoming = rows.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date));
          const past = rows.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date));
          return (
            <>
              {part('group-meetings-upcoming', t.upcoming, upcoming, t.noUpcoming)}
              {part('group-meetings-past', t.past, past, t.noPast)}
            </>
          );
        }}
      </ListContent>
      <CrudDialogs
        dialogs={dialogs}
        renderEditor={({ value, ...props }) => <MeetingFormDialog {...props} groupId={groupId} meeting={value} />}
        deletion={meetingDeletion}
        onChanged={async () => {
          void refreshGroups();
          await meetings.reload();
        }}
      />
    </PageSection>
  );
}
