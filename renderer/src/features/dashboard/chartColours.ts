// The charts' colours (Fluent's brand blue, red and green), line patterns and legend order:
// every series differs in pattern or position too, never by colour alone.
export const seriesColour = { open: '#0F6CBD', overdue: '#C50F1F', closed: '#107C10' } as const;
export const seriesDash = { open: undefined, overdue: '6 3', closed: '2 3' } as const;

/** Legend entries in the order the series are drawn, not alphabetically. */
export const legendOrder =
  (keys: readonly string[]) =>
  (item: { dataKey?: unknown }): number =>
    keys.indexOf(String(item.dataKey));
