// A simple meeting page: when, where, what kind, status, and the § list of its agenda.
// (The full meeting workspace — agenda, notes, decisions, actions — replaces this later.)
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useNavigate, useParams } from 'react-router';
import type { Meeting } from '../../../../shared/contract/index.ts';
import { meetingKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { meetingsText } from '../../../../shared/i18n/sv/ui-meetings.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { CrudDialogs, useCrudDialogs } from '../../components/CrudDialogs.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { formatTimeRange } from '../../components/format.ts';
import { PageHeading, PageSection } from '../../components/PageHeading.tsx';
import { MeetingStatusBadge } from '../../components/StatusBadge.tsx';
import { dialogsClosed } from '../../components/useDialog.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { meetingDeletion } from './meetingDeletion.ts';
import { MeetingFormDialog } from './MeetingFormDialog.tsx';

const t = meetingsText.page;

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: '24px',
    rowGap: '8px',
    margin: 0,
    padding: '16px 20px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxWidth: '640px',
  },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0 },
  sections: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '8px' },
  section: {
    padding: '4px 10px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontVariantNumeric: 'tabular-nums',
  },
});

export function MeetingRoute() {
  const { groupId = '', meetingId = '' } = useParams();
  return <MeetingPage key={meetingId} groupId={groupId} meetingId={meetingId} />;
}

function MeetingPage({ groupId, meetingId }: { groupId: string; meetingId: string }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const meeting = useApiQuery('meetings.get', { id: meetingId });
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const groupName = useGroupsStore((s) => s.groups.find((g) => g.id === groupId)?.name);
  const dialogs = useCrudDialogs<Meeting>();
  const m = meeting.data;
  useDocumentTitle(m ? `${t.pageTitle(m.date)} · ${m.groupName}` : meetingsText.section.heading);

  const crumbs = [
    { label: commonText.nav.start, to: paths.start },
    { label: commonText.nav.groups, to: paths.groups },
    { label: m?.groupName ?? groupName ?? '…', to: paths.group(groupId) },
    { label: m?.date ?? '…' },
  ];

  if (meeting.loading) return <Spinner size="small" label={commonText.loading} />;
  if (!m) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <PageHeading>{meetingsText.section.heading}</PageHeading>
        <ErrorBar error={meeting.error} onRetry={() => void meeting.reload()} />
      </>
    );
  }

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeading
        subtitle={meetingKindLabel[m.kind]}
        actions={
          <>
            <Button onClick={() => dialogs.editor.show(m)}>{t.edit}</Button>
            <Button onClick={() => dialogs.removal.show(m)}>{t.delete}</Button>
          </>
        }
      >
        {t.heading(m.groupName, m.date)}
      </PageHeading>

      <dl className={styles.facts} aria-label={t.details}>
        <dt className={styles.term}>{t.date}</dt>
        <dd className={styles.def}>{m.date}</dd>
        <dt className={styles.term}>{t.time}</dt>
        <dd className={styles.def}>{formatTimeRange(m.startTime, m.endTime) || t.noTime}</dd>
        <dt className={styles.term}>{t.place}</dt>
        <dd className={styles.def}>{m.place ?? t.noPlace}</dd>
        <dt className={styles.term}>{t.kind}</dt>
        <dd className={styles.def}>{meetingKindLabel[m.kind]}</dd>
        <dt className={styles.term}>{t.status}</dt>
        <dd className={styles.def}>
          <MeetingStatusBadge status={m.status} />
        </dd>
      </dl>

      <PageSection id="meeting-sections" title={t.sectionsHeading}>
        {m.sections.length === 0 ? (
          m.itemCount > 0 ? (
            <EmptyState title={t.itemsWithoutSections(m.itemCount)} hint={t.itemsWithoutSectionsHint} />
          ) : (
            <EmptyState title={t.sectionsEmpty} hint={t.sectionsEmptyHint} />
          )
        ) : (
          <ol className={styles.sections} aria-labelledby="meeting-sections">
            {m.sections.map((n) => (
              <li key={n} className={styles.section}>
                {t.sectionLabel(n)}
              </li>
            ))}
          </ol>
        )}
      </PageSection>

      <CrudDialogs
        dialogs={dialogs}
        renderEditor={({ value, ...props }) => <MeetingFormDialog {...props} groupId={groupId} meeting={value} />}
        deletion={meetingDeletion}
        onChanged={async () => {
          void refreshGroups();
          await meeting.reload();
        }}
        onDeleted={async () => {
          void refreshGroups();
          await dialogsClosed();
          await navigate(paths.group(groupId));
        }}
      />
    </>
  );
}
