// Version 9: an action's closing date is the day it closed, not the day its closure was last
// confirmed. When a group closes an action that another group decided, the deciding group confirms
// the closure in its next protocol ("konstaterar att uppdraget är slutfört"), which is recorded as
// a follow-up with the same closed status. Version 3's triggers set closed_on to the date of every
// closed entry, so a confirmation moved the closing date: the register's age, the days to closure
// and the dashboard's closures by month counted to the confirmation, and the closing group was
// asked to confirm it in turn. The two follow-up triggers are recreated with that one rule
// changed (the rest as in version 3), and existing closing dates are recomputed.
import type { Migration } from './types.ts';

const closed = "('done','cancelled')";

/** The day the action's current closure began: its first closed entry with no open one after it; null while open. */
const closedOn = (actionId: string) => `(SELECT CASE WHEN l.status IN ${closed} THEN (
    SELECT min(f.date) FROM follow_ups f WHERE f.action_id = ${actionId} AND f.status IN ${closed}
      AND NOT EXISTS (SELECT 1 FROM follow_ups o WHERE o.action_id = ${actionId} AND o.status NOT IN ${closed}
        AND (o.date, o.created_at, o.rowid) > (f.date, f.created_at, f.rowid))) END
  FROM follow_ups l WHERE l.action_id = ${actionId} ORDER BY l.date DESC, l.created_at DESC, l.rowid DESC LIMIT 1)`;

export const migration009: Migration = {
  version: 9,
  name: 'closing_date',
  sql: `
DROP TRIGGER action_state_on_follow_up_insert;
DROP TRIGGER action_state_on_follow_up_delete;

-- Progress is judged against the state before this entry, so it is marked before the state moves.
CREATE TRIGGER action_state_on_follow_up_insert AFTER INSERT ON follow_ups
BEGIN
  UPDATE follow_ups SET progress = (
    SELECT CASE WHEN NEW.status <> s.status OR NEW.new_due_date IS NOT NULL OR NEW.new_owner_person_id IS NOT NULL OR NEW.new_owner_group_id IS NOT NULL
      THEN 1 ELSE 0 END
    FROM action_state s WHERE s.action_id = NEW.action_id)
  WHERE id = NEW.id;
  UPDATE action_state SET
    last_progress_on = CASE WHEN (SELECT progress FROM follow_ups WHERE id = NEW.id) = 1 THEN NEW.date ELSE last_progress_on END,
    status = NEW.status,
    due_date = COALESCE(NEW.new_due_date, due_date),
    owner_person_id = CASE WHEN NEW.new_owner_person_id IS NOT NULL OR NEW.new_owner_group_id IS NOT NULL THEN NEW.new_owner_person_id ELSE owner_person_id END,
    owner_organisation_id = CASE WHEN NEW.new_owner_person_id IS NOT NULL OR NEW.new_owner_group_id IS NOT NULL THEN NEW.new_owner_organisation_id ELSE owner_organisation_id END,
    owner_group_id = CASE WHEN NEW.new_owner_person_id IS NOT NULL OR NEW.new_owner_group_id IS NOT NULL THEN NEW.new_owner_group_id ELSE owner_group_id END,
    last_follow_up_id = NEW.id,
    last_follow_up_on = NEW.date,
    -- (the right-hand sides read the row as it was: a closed action stays closed on its day)
    closed_on = CASE WHEN NEW.status NOT IN ${closed} THEN NULL WHEN status IN ${closed} AND closed_on IS NOT NULL THEN closed_on ELSE NEW.date END,
    follow_up_count = follow_up_count + 1
  WHERE action_id = NEW.action_id;
END;

-- Withdrawing an entry (only the latest of an action may be withdrawn) replays what is left.
CREATE TRIGGER action_state_on_follow_up_delete AFTER DELETE ON follow_ups
BEGIN
  UPDATE action_state SET
    status = COALESCE((SELECT f.status FROM follow_ups f WHERE f.action_id = OLD.action_id ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1), 'not_started'),
    due_date = COALESCE(
      (SELECT f.new_due_date FROM follow_ups f WHERE f.action_id = OLD.action_id AND f.new_due_date IS NOT NULL ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1),
      (SELECT a.due_date FROM actions a WHERE a.id = OLD.action_id)),
    owner_person_id = COALESCE(
      (SELECT f.new_owner_person_id FROM follow_ups f WHERE f.action_id = OLD.action_id AND (f.new_owner_person_id IS NOT NULL OR f.new_owner_group_id IS NOT NULL) ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1),
      CASE WHEN EXISTS (SELECT 1 FROM follow_ups f WHERE f.action_id = OLD.action_id AND (f.new_owner_person_id IS NOT NULL OR f.new_owner_group_id IS NOT NULL)) THEN NULL
        ELSE (SELECT a.owner_person_id FROM actions a WHERE a.id = OLD.action_id) END),
    owner_organisation_id = COALESCE(
      (SELECT f.new_owner_organisation_id FROM follow_ups f WHERE f.action_id = OLD.action_id AND (f.new_owner_person_id IS NOT NULL OR f.new_owner_group_id IS NOT NULL) ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1),
      CASE WHEN EXISTS (SELECT 1 FROM follow_ups f WHERE f.action_id = OLD.action_id AND (f.new_owner_person_id IS NOT NULL OR f.new_owner_group_id IS NOT NULL)) THEN NULL
        ELSE (SELECT a.owner_organisation_id FROM actions a WHERE a.id = OLD.action_id) END),
    owner_group_id = COALESCE(
      (SELECT f.new_owner_group_id FROM follow_ups f WHERE f.action_id = OLD.action_id AND (f.new_owner_person_id IS NOT NULL OR f.new_owner_group_id IS NOT NULL) ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1),
      CASE WHEN EXISTS (SELECT 1 FROM follow_ups f WHERE f.action_id = OLD.action_id AND (f.new_owner_person_id IS NOT NULL OR f.new_owner_group_id IS NOT NULL)) THEN NULL
        ELSE (SELECT a.owner_group_id FROM actions a WHERE a.id = OLD.action_id) END),
    last_follow_up_id = (SELECT f.id FROM follow_ups f WHERE f.action_id = OLD.action_id ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1),
    last_follow_up_on = (SELECT max(f.date) FROM follow_ups f WHERE f.action_id = OLD.action_id),
    last_progress_on = (SELECT max(f.date) FROM follow_ups f WHERE f.action_id = OLD.action_id AND f.progress = 1),
    closed_on = ${closedOn('OLD.action_id')},
    follow_up_count = (SELECT count(*) FROM follow_ups f WHERE f.action_id = OLD.action_id)
  WHERE action_id = OLD.action_id;
END;

-- Closing dates moved by a confirmation: only actions with more than one closed entry can have one.
UPDATE action_state SET closed_on = ${closedOn('action_state.action_id')}
WHERE status IN ${closed} AND (SELECT count(*) FROM follow_ups f WHERE f.action_id = action_state.action_id AND f.status IN ${closed}) > 1;
`,
};
