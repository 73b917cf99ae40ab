// Swedish-aware name handling. SQLite's NOCASE folds only ASCII (Ö ≠ ö) and its byte order
// puts Ä before Å, so uniqueness uses a folded key and lists are sorted with a Swedish collator.
const swedish = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });

/** The key two names must not share: case-folded the Swedish way, whitespace collapsed. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

export function compareSwedish(a: string, b: string): number {
  return swedish.compare(a, b);
}

export function sortBySwedishName<T extends { name: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareSwedish(a.name, b.name));
}
