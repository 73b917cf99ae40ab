// Version 5: whether an action's meeting is held (draft, for approval or approved) is kept in
// action_state itself. The register and the dashboard count only actions of held meetings; with
// the flag in the row, a page or a count reads one index instead of looking up the meeting of
// each of 100,000 actions. Triggers keep it in step when an action is added and when a meeting
// is started, cancelled or approved.
import type { Migration } from './types.ts';

const held = "('draft','for_approval','approved')";

export const migration005: Migration = {
  version: 5,
  name: 'action_state_held',
  sql: `
ALTER TABLE action_state ADD COLUMN held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1));
UPDATE action_state SET held = coalesce((SELECT m.status IN ${held} FROM meetings m WHERE m.id = action_state.meeting_id), 0);

CREATE TRIGGER action_state_held_on_insert AFTER INSERT ON action_state
BEGIN
  UPDATE action_state SET held = coalesce((SELECT m.status IN ${held} FROM meetings m WHERE m.id = NEW.meeting_id), 0)
  WHERE action_id = NEW.action_id;
END;

CREATE TRIGGER action_state_held_on_meeting_status AFTER UPDATE OF status ON meetings
WHEN (OLD.status IN ${held}) <> (NEW.status IN ${held})
BEGIN
  UPDATE action_state SET held = (NEW.status IN ${held}) WHERE meeting_id = NEW.id;
END;

-- The register's indexes, now led by the flag: every filter reads one range in due-date (or
-- decision-date) order, also without statistics to guide the planner.
DROP INDEX action_state_status_due;
DROP INDEX action_state_open_due;
DROP INDEX action_state_group_open_due;
DROP INDEX action_state_owner_group_open_due;
DROP INDEX action_state_org_open_due;
DROP INDEX action_state_person_open_due;
DROP INDEX action_state_open_decided;
CREATE INDEX action_state_held_due ON action_state(held, due_date);
CREATE INDEX action_state_held_status_due ON action_state(held, status, due_date);
CREATE INDEX action_state_held_open_due ON action_state(held, is_open, due_date);
CREATE INDEX action_state_group_held_open_due ON action_state(group_id, held, is_open, due_date);
CREATE INDEX action_state_owner_group_held_open_due ON action_state(owner_group_id, held, is_open, due_date);
CREATE INDEX action_state_org_held_open_due ON action_state(owner_organisation_id, held, is_open, due_date);
CREATE INDEX action_state_person_held_open_due ON action_state(owner_person_id, held, is_open, due_date);
CREATE INDEX action_state_held_decided ON action_state(held, decided_on);
CREATE INDEX action_state_held_open_decided ON action_state(held, is_open, decided_on);
`,
};
