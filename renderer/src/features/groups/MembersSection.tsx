// The group page's members: person, organisation, role, validity; add, edit, remove.
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
  tokens,
} from '@fluentui/react-components';
import type { Membership } from '../../../../shared/contract/index.ts';
import { membershipRoleLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { PageSection } from '../../components/PageHeading.tsx';
import { useSave } from '../../components/useSave.ts';
import { useDialog } from '../../components/useDialog.ts';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { MembershipDialog } from './MembershipDialog.tsx';

const t = groupsText.members;

const useStyles = makeStyles({
  rowActions: { display: 'flex', gap: '4px', flexWrap: 'nowrap' },
  title: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  nowrap: { whiteSpace: 'nowrap' },
});


export function MembersSection({ groupId }: { groupId: string }) {
  const styles = useStyles();
  const members = useApiQuery('memberships.list', { groupId });
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const form = useDialog<Membership | null>();
  const removal = useDialog<Membership>();

  const saved = async () => {
    form.close();
    removal.close();
    void refreshGroups(); // member counts
    await members.reload();
  };
  const list = members.data ?? [];

  return (
    <PageSection
      id="group-members"
      title={t.heading}
      actions={
        <Button appearance="primary" onClick={() => form.show(null)}>
          {t.add}
        </Button>
      }
    >
      <ErrorBar error={members.error} onRetry={() => void members.reload()} />
      {members.loading ? (
        <Spinner size="small" label={commonText.loading} />
      ) : list.length === 0 ? (
        !members.error && <EmptyState title={t.empty} hint={t.emptyHint} />
      ) : (
        <Table size="small" aria-labelledby="group-members">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columns.person}</TableHeaderCell>
              <TableHeaderCell>{t.columns.organisation}</TableHeaderCell>
              <TableHeaderCell>{t.columns.role}</TableHeaderCell>
              <TableHeaderCell>{t.columns.validFrom}</TableHeaderCell>
              <TableHeaderCell>{t.columns.validTo}</TableHeaderCell>
              <TableHeaderCell>{commonText.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.map((m) => (
              <TableRow key={m.id}>
                <TableCell>
                  {m.personName}
                  {m.personTitle && <span className={styles.title}>{m.personTitle}</span>}
                </TableCell>
                <TableCell>{m.organisationName}</TableCell>
                <TableCell>{membershipRoleLabel[m.role]}</TableCell>
                <TableCell className={styles.nowrap}>{m.validFrom ?? commonText.none}</TableCell>
                <TableCell className={styles.nowrap}>{m.validTo ?? commonText.none}</TableCell>
                <TableCell>
                  <div className={styles.rowActions}>
                    <Button size="small" aria-label={t.editAria(m.personName)} onClick={() => form.show(m)}>
                      {commonText.edit}
                    </Button>
                    <Button size="small" aria-label={t.removeAria(m.personName)} onClick={() => removal.show(m)}>
                      {t.remove}
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {form.value !== undefined && (
        <MembershipDialog
          key={form.key}
          open={form.open}
          groupId={groupId}
          membership={form.value ?? undefined}
          onClose={form.close}
          onSaved={saved}
        />
      )}
      {removal.value && <RemoveMemberDialog key={removal.key} open={removal.open} membership={removal.value} onClose={removal.close} onDeleted={saved} />}
    </PageSection>
  );
}

function RemoveMemberDialog({ open, membership, onClose, onDeleted }: { open: boolean; membership: Membership; onClose(): void; onDeleted(): Promise<void> }) {
  const save = useSave();
  const d = groupsText.memberDelete;
  return (
    <ConfirmDialog
      open={open}
      title={d.title(membership.personName)}
      body={d.body}
      confirmLabel={d.confirm}
      busy={save.busy}
      error={save.error}
      onClose={onClose}
      onConfirm={() => void save.run(() => call('memberships.delete', { id: membership.id }), onDeleted)}
    />
  );
}
