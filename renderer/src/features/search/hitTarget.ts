// Where a search hit leads: items, decisions and actions to their meeting; a follow-up to the
// meeting where it was recorded, or else to its action in the register; politiska uppdrag and
// mål to their register page.
import type { SearchHit } from '../../../../shared/contract/index.ts';
import { withoutHighlights } from '../../../../shared/domain/search.ts';
import { paths } from '../../app/paths.ts';

/** The register narrowed to the action by its title (the register searches its titles). */
const registerFor = (title: string) => `${paths.actions}?${new URLSearchParams({ text: withoutHighlights(title) }).toString()}`;

export function hitTarget(hit: SearchHit): string {
  const meeting = hit.groupId && hit.meetingId ? paths.meeting(hit.groupId, hit.meetingId) : null;
  switch (hit.kind) {
    case 'item':
    case 'decision':
      return meeting ?? (hit.groupId ? paths.group(hit.groupId) : paths.groups);
    case 'action':
      return meeting ?? registerFor(hit.title);
    case 'follow_up':
      return meeting ?? registerFor(hit.title);
    case 'mandate':
    case 'goal':
      return paths.registers;
  }
}
