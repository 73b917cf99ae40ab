// One group: its description, members, meetings and the settings its protocols follow.
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useNavigate, useParams } from 'react-router';
import type { Group } from '../../../../shared/contract/index.ts';
import { groupKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { registerText } from '../../../../shared/i18n/sv/ui-register.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { CrudDialogs, useCrudDialogs } from '../../components/CrudDialogs.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { PageHeading, PageSection } from '../../components/PageHeading.tsx';
import { dialogsClosed } from '../../components/useDialog.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { ActionListButton } from '../documents/ActionListButton.tsx';
import { GroupMeetingsSection } from '../meetings/GroupMeetingsSection.tsx';
import { AgendaTemplateSection } from './AgendaTemplateSection.tsx';
import { FollowUpSettingsSection } from './FollowUpSettingsSection.tsx';
import { groupDeletion } from './groupDeletion.ts';
import { GroupFormDialog } from './GroupFormDialog.tsx';
import { MembersSection } from './MembersSection.tsx';
import { SectionStartsSection } from './SectionStartsSection.tsx';

const t = groupsText.page;

const useStyles = makeStyles({
  description: { margin: 0, maxWidth: '75ch', whiteSpace: 'pre-wrap' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  partOf: { margin: '0 0 8px 0' },
  actionsLink: { margin: '8px 0 0 0' },
});

/** Remounts the page per group, so dialogs and lists never carry over between groups. */
export function GroupRoute() {
  const { groupId = '' } = useParams();
  return <GroupPage key={groupId} groupId={groupId} />;
}

function GroupPage({ groupId }: { groupId: string }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const group = useApiQuery('groups.get', { id: groupId });
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const groups = useGroupsStore((s) => s.groups);
  const dialogs = useCrudDialogs<Group>();
  useDocumentTitle(group.data?.name ?? groupsText.list.pageTitle);

  const crumbs = [
    { label: commonText.nav.start, to: paths.start },
    { label: commonText.nav.groups, to: paths.groups },
    { label: group.data?.name ?? '…' },
  ];

  if (group.loading) return <Spinner size="small" label={commonText.loading} />;
  if (!group.data) {
    return (
      <>
        <Breadcrumbs items={crumbs} />
        <PageHeading>{groupsText.list.heading}</PageHeading>
        <ErrorBar error={group.error} onRetry={() => void group.reload()} />
      </>
    );
  }
  const g = group.data;
  const parent = g.parentGroupId ? groups.find((other) => other.id === g.parentGroupId) : undefined;

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeading
        subtitle={g.shortName ? `${groupKindLabel[g.kind]} · ${g.shortName}` : groupKindLabel[g.kind]}
        actions={
          <>
            <ActionListButton groupId={g.id} />
            <Button onClick={() => dialogs.editor.show(g)}>{t.edit}</Button>
            <Button onClick={() => dialogs.removal.show(g)}>{t.delete}</Button>
          </>
        }
      >
        {g.name}
      </PageHeading>
      {parent && (
        <p className={styles.partOf}>
          {t.partOf}{' '}
          <RouterLink to={paths.group(parent.id)} inline>{parent.name}</RouterLink>
        </p>
      )}
      {g.description ? <p className={styles.description}>{g.description}</p> : <p className={styles.muted}>{t.noDescription}</p>}
      <p className={styles.actionsLink}>
        <RouterLink to={paths.groupActions(g.id)}>{registerText.groupLink}</RouterLink>
      </p>

      <MembersSection groupId={g.id} />
      <GroupMeetingsSection groupId={g.id} />
      <PageSection id="group-protocol-settings" title={groupsText.protocolSettings.heading}>
        <AgendaTemplateSection groupId={g.id} />
        <SectionStartsSection groupId={g.id} />
        <FollowUpSettingsSection group={g} />
      </PageSection>

      <CrudDialogs
        dialogs={dialogs}
        renderEditor={({ value, ...props }) => <GroupFormDialog {...props} group={value} />}
        deletion={groupDeletion}
        onChanged={async () => {
          void refreshGroups();
          await group.reload();
        }}
        onDeleted={async () => {
          await refreshGroups();
          await dialogsClosed();
          await navigate(paths.groups);
        }}
      />
    </>
  );
}
