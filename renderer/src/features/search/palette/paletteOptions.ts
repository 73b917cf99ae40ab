// The command palette's options for what has been typed: first the places whose names match
// ("Gå till Översikt", each group), then the search hits, then "Visa alla träffar för ”…”".
import type { Group, SearchHit } from '../../../../../shared/contract/index.ts';
import { commonText } from '../../../../../shared/i18n/sv/ui-common.ts';
import { dashboardUiText } from '../../../../../shared/i18n/sv/ui-dashboard.ts';
import { registerText } from '../../../../../shared/i18n/sv/ui-register.ts';
import { registersUiText } from '../../../../../shared/i18n/sv/ui-registers.ts';
import { searchText } from '../../../../../shared/i18n/sv/ui-search.ts';
import { paths } from '../../../app/paths.ts';
import { hitTarget } from '../hitTarget.ts';
import { hasText, searchHref } from '../searchFilters.ts';

const t = searchText.palette;

export type PaletteSection = 'commands' | 'groups' | 'hits' | 'all';

export type PaletteOption = { id: string; section: PaletteSection; to: string } & ({ label: string; hit?: undefined } | { label?: undefined; hit: SearchHit });

/** Case-insensitive: every typed word occurs somewhere in the name (å, ä and ö stay letters of their own). */
export function nameMatches(name: string, text: string): boolean {
  const haystack = name.toLocaleLowerCase('sv');
  return text
    .toLocaleLowerCase('sv')
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function commands(text: string): PaletteOption[] {
  const places: [string, string][] = [
    [commonText.nav.start, paths.start],
    [commonText.nav.groups, paths.groups],
    [commonText.nav.registry, paths.registry],
    [registerText.nav, paths.actions],
    [registersUiText.nav, paths.registers],
    [dashboardUiText.nav, paths.dashboard],
  ];
  const all: { id: string; section: 'commands'; label: string; to: string }[] = [
    ...places.map(([name, to], index) => ({ id: `palette-command-${index}`, section: 'commands' as const, label: t.goTo(name), to })),
    { id: 'palette-command-search', section: 'commands', label: t.search, to: searchHref(paths.search, text) },
  ];
  return all.filter((option) => nameMatches(option.label, text));
}

export function paletteOptions(text: string, groups: readonly Group[], hits: readonly SearchHit[]): PaletteOption[] {
  const options = [
    ...commands(text),
    ...groups
      .filter((group) => nameMatches(group.name, text))
      .map((group): PaletteOption => ({ id: `palette-group-${group.id}`, section: 'groups', label: group.name, to: paths.group(group.id) })),
  ];
  if (!hasText(text)) return options;
  return [
    ...options,
    ...hits.map((hit): PaletteOption => ({ id: `palette-hit-${hit.kind}-${hit.id}`, section: 'hits', hit, to: hitTarget(hit) })),
    { id: 'palette-all', section: 'all', label: t.showAll(text), to: searchHref(paths.search, text) },
  ];
}
