// Grupper: all groups with create, edit and delete.
import { Button } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Group } from '../../../../shared/contract/index.ts';
import { groupKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { CrudDialogs, crudRowActions, useCrudDialogs } from '../../components/CrudDialogs.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ListContent } from '../../components/ListContent.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { dialogsClosed } from '../../components/useDialog.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { groupDeletion } from './groupDeletion.ts';
import { GroupFormDialog } from './GroupFormDialog.tsx';

const t = groupsText.list;

const columns: Column<Group>[] = [
  { header: t.columns.name, cell: (group) => <RouterLink to={paths.group(group.id)}>{group.name}</RouterLink> },
  { header: t.columns.shortName, cell: (group) => group.shortName ?? commonText.none },
  { header: t.columns.kind, cell: (group) => groupKindLabel[group.kind] },
  { header: t.columns.members, cell: (group) => group.memberCount },
  { header: t.columns.nextMeeting, cell: (group) => group.nextMeetingDate ?? commonText.none },
];

export function GroupListPage() {
  useDocumentTitle(t.pageTitle);
  const navigate = useNavigate();
  const location = useLocation();
  const groups = useGroupsStore((s) => s.groups);
  const loaded = useGroupsStore((s) => s.loaded);
  const error = useGroupsStore((s) => s.error);
  const refresh = useGroupsStore((s) => s.refresh);
  const dialogs = useCrudDialogs<Group>();
  const actions = crudRowActions(dialogs, {
    editAria: (group) => groupsText.groupActions.editAria(group.name),
    deleteAria: (group) => groupsText.groupActions.deleteAria(group.name),
  });
  // The start page's "Skapa en grupp" opens the form directly.
  const wantsCreate = (location.state as { create?: boolean } | null)?.create === true;
  const showEditor = dialogs.editor.show;
  useEffect(() => {
    if (wantsCreate) showEditor(null);
  }, [wantsCreate, showEditor]);

  const create = (
    <Button appearance="primary" onClick={() => dialogs.editor.show(null)}>
      {t.create}
    </Button>
  );

  return (
    <>
      <Breadcrumbs items={[{ label: commonText.nav.start, to: paths.start }, { label: commonText.nav.groups }]} />
      <PageHeading subtitle={t.intro} actions={create}>
        {t.heading}
      </PageHeading>
      <ListContent rows={groups} loading={!loaded} error={error} onRetry={() => void refresh()} empty={<EmptyState title={t.empty} hint={t.emptyHint} />}>
        {(rows) => <DataTable label={t.caption} rows={rows} columns={columns} actions={actions} />}
      </ListContent>
      <CrudDialogs
        dialogs={dialogs}
        renderEditor={({ value, onSaved, ...props }) => (
          <GroupFormDialog
            {...props}
            group={value}
            onSaved={async (group) => {
              await onSaved();
              // A new group opens its own page.
              if (!value) {
                await dialogsClosed();
                await navigate(paths.group(group.id));
              }
            }}
          />
        )}
        deletion={groupDeletion}
        onChanged={refresh}
      />
    </>
  );
}
