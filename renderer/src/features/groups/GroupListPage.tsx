// Grupper: all groups with create, edit and delete.
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
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Group } from '../../../../shared/contract/index.ts';
import { groupKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { paths } from '../../app/paths.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { dialogsClosed, useDialog } from '../../components/useDialog.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { DeleteGroupDialog } from './DeleteGroupDialog.tsx';
import { GroupFormDialog } from './GroupFormDialog.tsx';

const t = groupsText.list;

const useStyles = makeStyles({
  rowActions: { display: 'flex', gap: '4px', flexWrap: 'nowrap' },
});


export function GroupListPage() {
  const styles = useStyles();
  useDocumentTitle(t.pageTitle);
  const navigate = useNavigate();
  const location = useLocation();
  const groups = useGroupsStore((s) => s.groups);
  const loaded = useGroupsStore((s) => s.loaded);
  const error = useGroupsStore((s) => s.error);
  const refresh = useGroupsStore((s) => s.refresh);
  const form = useDialog<Group | null>();
  const removal = useDialog<Group>();
  // The start page's "Skapa en grupp" opens the form directly.
  const wantsCreate = (location.state as { create?: boolean } | null)?.create === true;
  const showForm = form.show;
  useEffect(() => {
    if (wantsCreate) showForm(null);
  }, [wantsCreate, showForm]);

  const create = (
    <Button appearance="primary" onClick={() => form.show(null)}>
      {t.create}
    </Button>
  );

  return (
    <>
      <Breadcrumbs items={[{ label: commonText.nav.start, to: paths.start }, { label: commonText.nav.groups }]} />
      <PageHeading subtitle={t.intro} actions={create}>
        {t.heading}
      </PageHeading>
      <ErrorBar error={error} onRetry={() => void refresh()} />
      {!loaded ? (
        <Spinner size="small" label={commonText.loading} />
      ) : groups.length === 0 ? (
        <EmptyState title={t.empty} hint={t.emptyHint} />
      ) : (
        <Table size="small" aria-label={t.caption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columns.name}</TableHeaderCell>
              <TableHeaderCell>{t.columns.shortName}</TableHeaderCell>
              <TableHeaderCell>{t.columns.kind}</TableHeaderCell>
              <TableHeaderCell>{t.columns.members}</TableHeaderCell>
              <TableHeaderCell>{t.columns.nextMeeting}</TableHeaderCell>
              <TableHeaderCell>{commonText.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {groups.map((group) => (
              <TableRow key={group.id}>
                <TableCell>
                  <RouterLink to={paths.group(group.id)}>{group.name}</RouterLink>
                </TableCell>
                <TableCell>{group.shortName ?? commonText.none}</TableCell>
                <TableCell>{groupKindLabel[group.kind]}</TableCell>
                <TableCell>{group.memberCount}</TableCell>
                <TableCell>{group.nextMeetingDate ?? commonText.none}</TableCell>
                <TableCell>
                  <div className={styles.rowActions}>
                    <Button size="small" aria-label={groupsText.groupActions.editAria(group.name)} onClick={() => form.show(group)}>
                      {commonText.edit}
                    </Button>
                    <Button size="small" aria-label={groupsText.groupActions.deleteAria(group.name)} onClick={() => removal.show(group)}>
                      {commonText.delete}
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {form.value !== undefined && (
        <GroupFormDialog
          key={form.key}
          open={form.open}
          group={form.value ?? undefined}
          onClose={form.close}
          onSaved={async (group) => {
            const created = !form.value;
            form.close();
            await refresh();
            if (created) {
              await dialogsClosed();
              await navigate(paths.group(group.id));
            }
          }}
        />
      )}
      {removal.value && (
        <DeleteGroupDialog
          key={removal.key}
          open={removal.open}
          group={removal.value}
          onClose={removal.close}
          onDeleted={async () => {
            removal.close();
            await refresh();
          }}
        />
      )}
    </>
  );
}
