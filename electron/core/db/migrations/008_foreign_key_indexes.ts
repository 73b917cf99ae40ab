// Version 8: an index on every foreign key whose parent's deletion reaches into the child table
// (ON DELETE CASCADE or SET NULL). Without one, SQLite scans the child table for each deleted
// parent row: on twenty years of data, deleting a draft's agenda item read all 200,000 follow-ups,
// deleting a planned meeting all 85,000 agenda items, and approving a meeting read the follow-ups
// once per item to freeze them (~600 ms; now a few ms).
import type { Migration } from './types.ts';

export const migration008: Migration = {
  version: 8,
  name: 'foreign_key_indexes',
  sql: `
CREATE INDEX follow_ups_agenda_item ON follow_ups(agenda_item_id);
CREATE INDEX agenda_items_linked_meeting ON agenda_items(linked_meeting_id);
CREATE INDEX other_attendees_meeting ON other_attendees(meeting_id);
CREATE INDEX other_attendee_items_agenda_item ON other_attendee_items(agenda_item_id);
CREATE INDEX groups_parent ON groups(parent_group_id);
`,
};
