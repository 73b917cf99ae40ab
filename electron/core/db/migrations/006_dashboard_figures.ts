// Version 6: the dashboard reads indexes, not 100,000 rows. Counting actions by owner, the days
// to closure and the trend read covering indexes over action_state (with `held` of version 5). Three
// facts of an action's follow-up history — its first follow-up, its first closing one, whether
// one set a new due date — are kept in action_state by triggers, so that the trend replays only the
// histories that need it. Whether a decision lacks an action or a recipient is kept per decision
// in decision_state by triggers, like action_state, so "decisions without an action" is a range
// of a partial index instead of a look-up of item, meeting and actions for each of 40,000
// decisions. Existing rows are backfilled.
import type { Migration } from './types.ts';

const held = "('draft','for_approval','approved')";
/** A decision in the proper sense ("beslutar att") under a matter: `d` the decision, `ai` its item, `m` its meeting. */
const counted = `(m.status IN ${held} AND d.type = 'decision' AND ai.kind IN ('matter','other_matters'))`;
const hasAction = (decisionId: string) => `EXISTS (SELECT 1 FROM actions a WHERE a.decision_id = ${decisionId})`;
const hasRecipient = (decisionId: string) => `EXISTS (SELECT 1 FROM decision_recipients r WHERE r.decision_id = ${decisionId})`;
/** The follow-up facts of the action `actionId`, from its follow-ups as they stand. */
const historyOf = (actionId: string) => `(SELECT min(f.date), min(CASE WHEN f.status IN ('done','cancelled') THEN f.date END), coalesce(max(f.new_due_date IS NOT NULL), 0)
  FROM follow_ups f WHERE f.action_id = ${actionId})`;
const historyColumns = '(first_follow_up_on, first_closed_on, due_changed)';
/** Meeting, group, date and whether it counts, for the decision_state row of `decisionId`. */
const placeOf = (decisionId: string) => `(SELECT m.id, m.group_id, m.date, ${counted}
  FROM decisions d JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id WHERE d.id = ${decisionId})`;

export const migration006: Migration = {
  version: 6,
  name: 'dashboard_figures',
  sql: `
-- Days from the decision's meeting to the closing follow-up; null while the action is open.
ALTER TABLE action_state ADD COLUMN days_to_closure INTEGER GENERATED ALWAYS AS (
  CASE WHEN status IN ('done','cancelled') AND closed_on IS NOT NULL THEN CAST(round(julianday(closed_on) - julianday(decided_on)) AS INTEGER) END) VIRTUAL;

-- The date of the action's first follow-up and of its first closing one; 1 once a follow-up set a new due date.
ALTER TABLE action_state ADD COLUMN first_follow_up_on TEXT;
ALTER TABLE action_state ADD COLUMN first_closed_on TEXT;
ALTER TABLE action_state ADD COLUMN due_changed INTEGER NOT NULL DEFAULT 0 CHECK (due_changed IN (0, 1));
UPDATE action_state SET ${historyColumns} = (h.first_on, h.first_closed_on, h.due_changed)
FROM (SELECT f.action_id, min(f.date) AS first_on, min(CASE WHEN f.status IN ('done','cancelled') THEN f.date END) AS first_closed_on,
             max(f.new_due_date IS NOT NULL) AS due_changed
      FROM follow_ups f GROUP BY f.action_id) h
WHERE h.action_id = action_state.action_id;

CREATE TRIGGER action_state_history_on_follow_up_insert AFTER INSERT ON follow_ups
BEGIN
  UPDATE action_state SET ${historyColumns} = ${historyOf('NEW.action_id')} WHERE action_id = NEW.action_id;
END;

CREATE TRIGGER action_state_history_on_follow_up_delete AFTER DELETE ON follow_ups
BEGIN
  UPDATE action_state SET ${historyColumns} = ${historyOf('OLD.action_id')} WHERE action_id = OLD.action_id;
END;

CREATE TRIGGER action_state_history_on_follow_up_update AFTER UPDATE OF action_id, date, status, new_due_date ON follow_ups
BEGIN
  UPDATE action_state SET ${historyColumns} = ${historyOf('action_state.action_id')} WHERE action_id IN (OLD.action_id, NEW.action_id);
END;

-- Counts by owner (and so by organisation, and in total) in the order they are grouped.
CREATE INDEX action_state_held_owner ON action_state(held, owner_person_id, owner_organisation_id, owner_group_id, status, due_date);
-- The median of the days to closure: the middle entries of one index range.
CREATE INDEX action_state_held_closure ON action_state(held, days_to_closure);
-- Closed by month, and the trend's actions (open, or closed since a day) with what the trend reads of them.
CREATE INDEX action_state_held_closed ON action_state(held, closed_on, decided_on, last_follow_up_on, status, due_date, first_follow_up_on, first_closed_on, due_changed);
-- A group's actions open, or closed since its latest meeting (the follow-up rate), with what it reads of them.
CREATE INDEX action_state_group_closed ON action_state(group_id, closed_on, held, decided_on, last_follow_up_on, status, first_closed_on);
CREATE INDEX action_state_owner_group_closed ON action_state(owner_group_id, closed_on, held, decided_on, last_follow_up_on, status, first_closed_on, group_id);

-- The follow-ups that set a new due date, in the order of an action's history (the rowid last).
CREATE INDEX follow_ups_new_due ON follow_ups(action_id, date, created_at, new_due_date) WHERE new_due_date IS NOT NULL;

CREATE TABLE decision_state (
  decision_id TEXT PRIMARY KEY REFERENCES decisions(id) ON DELETE CASCADE,
  meeting_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  meeting_date TEXT NOT NULL,
  -- 1 for a decision ("beslutar att") under a matter of a held meeting: the ones that should lead somewhere
  counted INTEGER NOT NULL CHECK (counted IN (0, 1)),
  has_action INTEGER NOT NULL CHECK (has_action IN (0, 1)),
  has_recipient INTEGER NOT NULL CHECK (has_recipient IN (0, 1))
) STRICT;

INSERT INTO decision_state (decision_id, meeting_id, group_id, meeting_date, counted, has_action, has_recipient)
SELECT d.id, m.id, m.group_id, m.date, ${counted}, ${hasAction('d.id')}, ${hasRecipient('d.id')}
FROM decisions d JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id;

CREATE INDEX decision_state_meeting ON decision_state(meeting_id);
-- Newest first, and for one group, from the lacking decisions alone.
CREATE INDEX decision_state_without_action ON decision_state(meeting_date, group_id) WHERE counted = 1 AND has_action = 0;
CREATE INDEX decision_state_without_recipient ON decision_state(meeting_date, group_id) WHERE counted = 1 AND has_recipient = 0;

CREATE TRIGGER decision_state_on_decision_insert AFTER INSERT ON decisions
BEGIN
  INSERT INTO decision_state (decision_id, meeting_id, group_id, meeting_date, counted, has_action, has_recipient)
  SELECT d.id, m.id, m.group_id, m.date, ${counted}, ${hasAction('d.id')}, ${hasRecipient('d.id')}
  FROM decisions d JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id
  WHERE d.id = NEW.id;
END;

CREATE TRIGGER decision_state_on_decision_update AFTER UPDATE OF type, agenda_item_id ON decisions
BEGIN
  UPDATE decision_state SET (meeting_id, group_id, meeting_date, counted) = ${placeOf('NEW.id')} WHERE decision_id = NEW.id;
END;

CREATE TRIGGER decision_state_on_item_update AFTER UPDATE OF kind, meeting_id ON agenda_items
BEGIN
  UPDATE decision_state SET (meeting_id, group_id, meeting_date, counted) = ${placeOf('decision_state.decision_id')}
  WHERE decision_id IN (SELECT id FROM decisions WHERE agenda_item_id = NEW.id);
END;

-- Started, cancelled, moved to another day or group (approval keeps it held: nothing to do).
CREATE TRIGGER decision_state_on_meeting_update AFTER UPDATE OF status, date, group_id ON meetings
WHEN (OLD.status IN ${held}) <> (NEW.status IN ${held}) OR OLD.date IS NOT NEW.date OR OLD.group_id IS NOT NEW.group_id
BEGIN
  UPDATE decision_state SET (meeting_id, group_id, meeting_date, counted) = ${placeOf('decision_state.decision_id')}
  WHERE meeting_id = NEW.id;
END;

CREATE TRIGGER decision_state_on_action_insert AFTER INSERT ON actions
BEGIN
  UPDATE decision_state SET has_action = 1 WHERE decision_id = NEW.decision_id;
END;

CREATE TRIGGER decision_state_on_action_delete AFTER DELETE ON actions
BEGIN
  UPDATE decision_state SET has_action = ${hasAction('OLD.decision_id')} WHERE decision_id = OLD.decision_id;
END;

CREATE TRIGGER decision_state_on_action_move AFTER UPDATE OF decision_id ON actions
BEGIN
  UPDATE decision_state SET has_action = ${hasAction('decision_state.decision_id')} WHERE decision_id IN (OLD.decision_id, NEW.decision_id);
END;

CREATE TRIGGER decision_state_on_recipient_insert AFTER INSERT ON decision_recipients
BEGIN
  UPDATE decision_state SET has_recipient = 1 WHERE decision_id = NEW.decision_id;
END;

CREATE TRIGGER decision_state_on_recipient_delete AFTER DELETE ON decision_recipients
BEGIN
  UPDATE decision_state SET has_recipient = ${hasRecipient('OLD.decision_id')} WHERE decision_id = OLD.decision_id;
END;

CREATE TRIGGER decision_state_on_recipient_move AFTER UPDATE OF decision_id ON decision_recipients
BEGIN
  UPDATE decision_state SET has_recipient = ${hasRecipient('decision_state.decision_id')} WHERE decision_id IN (OLD.decision_id, NEW.decision_id);
END;
`,
};
