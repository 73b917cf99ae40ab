// Version 7: a group's held meetings by date, as an index of their own. The register counts, for
// every open action on a page, the group's held meetings since the action last made progress
// ("förts vidare till N möten"); over twenty years that read each meeting's row to check its
// status. With the status in the index's condition, the count reads one index range.
import type { Migration } from './types.ts';

export const migration007: Migration = {
  version: 7,
  name: 'held_meetings_by_date',
  sql: `
CREATE INDEX meetings_group_held_date ON meetings(group_id, date) WHERE status IN ('draft','for_approval','approved');
`,
};
