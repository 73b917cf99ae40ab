// Version 3: follow-through. Each action's current state (status, due date and owner as the
// latest follow-up left them, when it last made progress, when it closed) is kept in
// action_state by triggers, in the same transaction as every change to actions or follow-ups,
// so the register reads an indexed table instead of replaying history. Follow-ups gain the reason
// for a new due date and an escalation; groups gain their follow-up settings. Existing rows are
// backfilled. Follow-ups are recorded in date order (the service refuses an earlier date), so
// each new one lies on top of the state.
import type { Migration } from './types.ts';

export const migration003: Migration = {
  version: 3,
  name: 'follow_through',
  sql: `
ALTER TABLE groups ADD COLUMN stale_after_carries INTEGER NOT NULL DEFAULT 3 CHECK (stale_after_carries BETWEEN 1 AND 20);
ALTER TABLE groups ADD COLUMN coverage_warning_months INTEGER NOT NULL DEFAULT 6 CHECK (coverage_warning_months BETWEEN 1 AND 60);

ALTER TABLE follow_ups ADD COLUMN due_date_reason TEXT;
-- An escalation of a stale action: to whom (free text, e.g. "Styrgruppens ordförande") or a committee.
ALTER TABLE follow_ups ADD COLUMN escalated_to TEXT;
ALTER TABLE follow_ups ADD COLUMN escalated_to_organisation_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT;
-- 1 when this entry changed the action's status, due date or owner (set by the trigger below).
ALTER TABLE follow_ups ADD COLUMN progress INTEGER NOT NULL DEFAULT 0 CHECK (progress IN (0, 1));
CREATE INDEX follow_ups_meeting_action ON follow_ups(meeting_id, action_id);

CREATE TABLE action_state (
  action_id TEXT PRIMARY KEY REFERENCES actions(id) ON DELETE CASCADE,
  group_id TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','done','cancelled')),
  due_date TEXT NOT NULL,
  owner_person_id TEXT,
  owner_organisation_id TEXT,
  owner_group_id TEXT,
  last_follow_up_id TEXT,
  last_follow_up_on TEXT,
  -- the latest follow-up that changed status, due date or owner (null: none since the decision)
  last_progress_on TEXT,
  closed_on TEXT,
  follow_up_count INTEGER NOT NULL DEFAULT 0,
  -- 1 while not started or in progress: one value, so "open, by due date" reads one index range in order
  is_open INTEGER GENERATED ALWAYS AS (status IN ('not_started','in_progress')) VIRTUAL
) STRICT;
CREATE INDEX action_state_due ON action_state(due_date);
CREATE INDEX action_state_status_due ON action_state(status, due_date);
CREATE INDEX action_state_open_due ON action_state(is_open, due_date);
CREATE INDEX action_state_group_open_due ON action_state(group_id, is_open, due_date);
CREATE INDEX action_state_owner_group_open_due ON action_state(owner_group_id, is_open, due_date);
CREATE INDEX action_state_org_open_due ON action_state(owner_organisation_id, is_open, due_date);
CREATE INDEX action_state_person_open_due ON action_state(owner_person_id, is_open, due_date);
CREATE INDEX action_state_decided ON action_state(decided_on);
CREATE INDEX action_state_open_decided ON action_state(is_open, decided_on);
CREATE INDEX action_state_meeting ON action_state(meeting_id);

CREATE TRIGGER action_state_on_action_insert AFTER INSERT ON actions
BEGIN
  INSERT INTO action_state (action_id, group_id, meeting_id, decided_on, status, due_date, owner_person_id, owner_organisation_id, owner_group_id)
  SELECT NEW.id, m.group_id, m.id, m.date, 'not_started', NEW.due_date, NEW.owner_person_id, NEW.owner_organisation_id, NEW.owner_group_id
  FROM decisions d JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id
  WHERE d.id = NEW.decision_id;
END;

-- An action edited while its protocol is a draft: the state follows unless a follow-up has
-- since set its own due date or owner.
CREATE TRIGGER action_state_on_action_update AFTER UPDATE OF due_date, owner_person_id, owner_organisation_id, owner_group_id ON actions
BEGIN
  UPDATE action_state SET
    due_date = CASE WHEN EXISTS (SELECT 1 FROM follow_ups f WHERE f.action_id = NEW.id AND f.new_due_date IS NOT NULL) THEN due_date ELSE NEW.due_date END,
    owner_person_id = CASE WHEN EXISTS (SELECT 1 FROM follow_ups f WHERE f.action_id = NEW.id AND (f.new_owner_person_id IS NOT NULL OR f.new_owner_group_id IS NOT NULL)) THEN owner_person_id ELSE NEW.owner_person_id END,
    owner_organisation_id = CASE WHEN EXISTS (SELECT 1 FROM follow_ups f WHERE f.action_id = NEW.id AND (f.new_owner_person_id IS NOT NULL OR f.new_owner_group_id IS NOT NULL)) THEN owner_organisation_id ELSE NEW.owner_organisation_id END,
    owner_group_id = CASE WHEN EXISTS (SELECT 1 FROM follow_ups f WHERE f.action_id = NEW.id AND (f.new_owner_person_id IS NOT NULL OR f.new_owner_group_id IS NOT NULL)) THEN owner_group_id ELSE NEW.owner_group_id END
  WHERE action_id = NEW.id;
END;

-- A draft meeting moved to another day or group takes its actions' decision date along.
CREATE TRIGGER action_state_on_meeting_update AFTER UPDATE OF date, group_id ON meetings
BEGIN
  UPDATE action_state SET decided_on = NEW.date, group_id = NEW.group_id WHERE meeting_id = NEW.id;
END;

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
    closed_on = CASE WHEN NEW.status IN ('done','cancelled') THEN NEW.date ELSE NULL END,
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
    closed_on = (SELECT CASE WHEN f.status IN ('done','cancelled') THEN f.date END FROM follow_ups f WHERE f.action_id = OLD.action_id ORDER BY f.date DESC, f.created_at DESC, f.rowid DESC LIMIT 1),
    follow_up_count = (SELECT count(*) FROM follow_ups f WHERE f.action_id = OLD.action_id)
  WHERE action_id = OLD.action_id;
END;

-- Backfill: the state of every existing action, replaying its follow-ups in order (the history is
-- set aside first, so the state starts from the decision).
CREATE TEMP TABLE replay AS SELECT * FROM follow_ups ORDER BY date, created_at, rowid;
DELETE FROM follow_ups;
INSERT INTO action_state (action_id, group_id, meeting_id, decided_on, status, due_date, owner_person_id, owner_organisation_id, owner_group_id)
SELECT a.id, m.group_id, m.id, m.date, 'not_started', a.due_date, a.owner_person_id, a.owner_organisation_id, a.owner_group_id
FROM actions a JOIN decisions d ON d.id = a.decision_id JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id;
INSERT INTO follow_ups SELECT * FROM replay ORDER BY date, created_at, rowid;
DROP TABLE replay;
`,
};
