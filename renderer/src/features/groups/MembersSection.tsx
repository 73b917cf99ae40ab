// The group page's members: person, organisation, role, validity; add, edit, remove.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Membership } from '../../../../shared/contract/index.ts';
import { membershipRoleLabel } from '../../../../shared/i18n/sv/labels.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/useApiQuery.ts';
import { CrudSection } from '../../components/CrudSection.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { queryListProps } from '../../components/ListContent.tsx';
import { useGroupsStore } from '../../state/groupsStore.ts';
import { MembershipDialog } from './MembershipDialog.tsx';

const t = groupsText.members;
const d = groupsText.memberDelete;

const useStyles = makeStyles({
  title: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function MembersSection({ groupId }: { groupId: string }) {
  const styles = useStyles();
  const members = useApiQuery('memberships.list', { groupId });
  const refreshGroups = useGroupsStore((s) => s.refresh);

  return (
    <CrudSection<Membership>
      id="group-members"
      title={t.heading}
      createLabel={t.add}
      {...queryListProps(members)}
      empty={<EmptyState title={t.empty} hint={t.emptyHint} />}
      columns={[
        {
          header: t.columns.person,
          cell: (m) => (
            <>
              {m.personName}
              {m.personTitle && <span className={styles.title}>{m.personTitle}</span>}
            </>
          ),
        },
        { header: t.columns.organisation, cell: (m) => m.organisationName },
        { header: t.columns.role, cell: (m) => membershipRoleLabel[m.role] },
        { header: t.columns.validFrom, cell: (m) => m.validFrom ?? commonText.none, nowrap: true },
        { header: t.columns.validTo, cell: (m) => m.validTo ?? commonText.none, nowrap: true },
      ]}
      editAria={(m) => t.editAria(m.personName)}
      deleteAria={(m) => t.removeAria(m.personName)}
      deleteLabel={t.remove}
      renderEditor={({ value, ...props }) => <MembershipDialog {...props} groupId={groupId} membership={value} />}
      deletion={(m) => ({ title: d.title(m.personName), body: d.body, confirmLabel: d.confirm, remove: () => call('memberships.delete', { id: m.id }) })}
      onChanged={async () => {
        void refreshGroups(); // member counts
        await members.reload();
      }}
    />
  );
}
