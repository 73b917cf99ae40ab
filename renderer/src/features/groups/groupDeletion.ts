import type { Group } from '../../../../shared/contract/index.ts';
import { groupsText } from '../../../../shared/i18n/sv/ui-groups.ts';
import { call } from '../../api/client.ts';
import type { Deletion } from '../../components/DeleteDialog.tsx';

const t = groupsText.delete;

/** Deleting a group, from the group list or the group's own page. */
export function groupDeletion(group: Group): Deletion {
  return { title: t.title(group.name), body: t.body, confirmLabel: t.confirm, remove: () => call('groups.delete', { id: group.id }) };
}
