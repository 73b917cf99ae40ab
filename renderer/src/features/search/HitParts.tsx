// The pieces every hit shows, in the search page's list and in the command palette: its kind as
// a badge (text, not colour alone) and where it belongs: group, date and §.
import { Badge } from '@fluentui/react-components';
import type { SearchHit, SearchKind } from '../../../../shared/contract/index.ts';
import { formatSwedishDate } from '../../../../shared/domain/swedishDates.ts';
import { searchKindLabel, searchText } from '../../../../shared/i18n/sv/ui-search.ts';

const colour: Record<SearchKind, 'brand' | 'informative' | 'success' | 'important' | 'warning' | 'subtle'> = {
  item: 'informative',
  decision: 'brand',
  action: 'success',
  follow_up: 'subtle',
  mandate: 'important',
  goal: 'warning',
};

export function KindBadge({ kind }: { kind: SearchKind }) {
  return (
    <Badge appearance="tint" color={colour[kind]} shape="rounded">
      {searchKindLabel[kind]}
    </Badge>
  );
}

/** "Styrgruppen skola–socialtjänst · 12 juni 2025 · § 4", with only the parts the hit has. */
export function hitContext(hit: SearchHit): string {
  const parts = [hit.groupName, hit.date ? formatSwedishDate(hit.date) : null, hit.sectionNumber !== null ? searchText.section(hit.sectionNumber) : null];
  return parts.filter(Boolean).join(' · ');
}
