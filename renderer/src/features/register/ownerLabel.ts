// Who owns an action, as the register and the history write it: the person with their
// organisation, or the group.
import type { OwnerRef } from '../../../../shared/contract/index.ts';

export function ownerLines(owner: OwnerRef): { name: string; detail: string | null } {
  if (owner.personName) return { name: owner.personName, detail: owner.organisationName };
  return { name: owner.groupName ?? owner.organisationName ?? '', detail: null };
}

export function ownerText(owner: OwnerRef): string {
  const { name, detail } = ownerLines(owner);
  return detail ? `${name}, ${detail}` : name;
}
