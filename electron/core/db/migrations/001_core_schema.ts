// Version 1: the core tables for the whole mission. Ids are UUID text so records can one day be
// shared between co-secretaries; dates are 'YYYY-MM-DD', times 'HH:MM', instants ISO 8601 UTC.
import type { Migration } from './types.ts';

export const migration001: Migration = {
  version: 1,
  name: 'core schema',
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- the name folded the Swedish way (SQLite's NOCASE folds only ASCII): names are unique by it
  name_key TEXT NOT NULL UNIQUE,
  short_name TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('committee','administration','region','police','other')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  title TEXT,
  email TEXT,
  phone TEXT,
  organisation_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX people_organisation ON people(organisation_id);

CREATE TABLE groups (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  short_name TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('steering','operative','working','other')),
  description TEXT,
  parent_group_id TEXT REFERENCES groups(id) ON DELETE SET NULL,
  -- an action carried forward this many times without progress is flagged as stale
  stale_after_follow_ups INTEGER NOT NULL DEFAULT 3 CHECK (stale_after_follow_ups > 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- The group's first § number of a calendar year, when it is not 1.
CREATE TABLE group_section_starts (
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  first_number INTEGER NOT NULL CHECK (first_number > 0),
  PRIMARY KEY (group_id, year)
) STRICT;

-- Standing agenda items a new meeting of the group starts from.
CREATE TABLE agenda_templates (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  UNIQUE (group_id, position)
) STRICT;

CREATE TABLE memberships (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (role IN ('chair','vice_chair','secretary','member','substitute','co_opted')),
  valid_from TEXT,
  valid_to TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
) STRICT;
CREATE INDEX memberships_group ON memberships(group_id);
CREATE INDEX memberships_person ON memberships(person_id);
CREATE INDEX memberships_organisation ON memberships(organisation_id);

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE RESTRICT,
  date TEXT NOT NULL,
  start_time TEXT,
  end_time TEXT,
  place TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('protocol','notes')),
  status TEXT NOT NULL CHECK (status IN ('planned','draft','for_approval','approved','cancelled')),
  chair_person_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
  secretary_person_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
  approved_at TEXT,
  approved_by_name TEXT,
  approved_by_title TEXT,
  -- the frozen protocol as approved (JSON); documents of an approved meeting are built from it
  approved_copy TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status <> 'approved' OR (approved_at IS NOT NULL AND approved_by_name IS NOT NULL AND approved_copy IS NOT NULL))
) STRICT;
CREATE INDEX meetings_group_date ON meetings(group_id, date);
CREATE INDEX meetings_date ON meetings(date);

CREATE TABLE meeting_adjusters (
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  position INTEGER NOT NULL CHECK (position IN (1, 2)),
  PRIMARY KEY (meeting_id, position),
  UNIQUE (meeting_id, person_id)
) STRICT;

CREATE TABLE attendance (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  organisation_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
  role TEXT CHECK (role IN ('chair','vice_chair','secretary','member','substitute','co_opted')),
  status TEXT NOT NULL CHECK (status IN ('present','absent','substitute')),
  substitute_for_person_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
  UNIQUE (meeting_id, person_id),
  CHECK ((status = 'substitute') = (substitute_for_person_id IS NOT NULL))
) STRICT;

-- Others present (övriga närvarande): guests who need not be in the people register.
CREATE TABLE other_attendees (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  title TEXT,
  organisation_name TEXT,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('opening','adjusters','agenda_approval','previous_minutes','follow_up','matter','other_matters','next_meeting','closing')),
  presenter_person_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
  presenter_text TEXT,
  description TEXT,
  notes_json TEXT,
  section_number INTEGER CHECK (section_number > 0),
  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  -- the "Föregående protokoll" item links the group's previous meeting
  linked_meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (meeting_id, position)
) STRICT;
CREATE INDEX agenda_items_section ON agenda_items(section_number);

CREATE TABLE other_attendee_items (
  other_attendee_id TEXT NOT NULL REFERENCES other_attendees(id) ON DELETE CASCADE,
  agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  PRIMARY KEY (other_attendee_id, agenda_item_id)
) STRICT;

CREATE TABLE basis_documents (
  id TEXT PRIMARY KEY,
  agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  reference TEXT
) STRICT;
CREATE INDEX basis_documents_item ON basis_documents(agenda_item_id);

CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('decision','information','position')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX decisions_item ON decisions(agenda_item_id);

-- "Expedieras till": an organisation or a group.
CREATE TABLE decision_recipients (
  decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  organisation_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
  group_id TEXT REFERENCES groups(id) ON DELETE RESTRICT,
  CHECK ((organisation_id IS NULL) <> (group_id IS NULL)),
  UNIQUE (decision_id, organisation_id, group_id)
) STRICT;
CREATE INDEX decision_recipients_organisation ON decision_recipients(organisation_id);
CREATE INDEX decision_recipients_group ON decision_recipients(group_id);

-- An action as decided. Its current status, due date and owner come from its follow-ups,
-- so the approved protocol never changes when the work progresses.
CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  decision_id TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  owner_person_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
  owner_organisation_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
  owner_group_id TEXT REFERENCES groups(id) ON DELETE RESTRICT,
  due_date TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- always nameable: a person with their organisation, or a group
  CHECK ((owner_person_id IS NOT NULL AND owner_organisation_id IS NOT NULL AND owner_group_id IS NULL)
      OR (owner_group_id IS NOT NULL AND owner_person_id IS NULL))
) STRICT;
CREATE INDEX actions_decision ON actions(decision_id);
CREATE INDEX actions_owner_person ON actions(owner_person_id);
CREATE INDEX actions_owner_organisation ON actions(owner_organisation_id);
CREATE INDEX actions_owner_group ON actions(owner_group_id);

CREATE TABLE follow_ups (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
  agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
  date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','done','cancelled')),
  note TEXT,
  new_due_date TEXT,
  new_owner_person_id TEXT REFERENCES people(id) ON DELETE RESTRICT,
  new_owner_organisation_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
  new_owner_group_id TEXT REFERENCES groups(id) ON DELETE RESTRICT,
  recorded_by_name TEXT NOT NULL,
  recorded_by_title TEXT,
  created_at TEXT NOT NULL,
  CHECK (status NOT IN ('done','cancelled') OR note IS NOT NULL)
) STRICT;
CREATE INDEX follow_ups_action_date ON follow_ups(action_id, date, created_at);
CREATE INDEX follow_ups_meeting ON follow_ups(meeting_id);

-- Mandates (politiska uppdrag) given by the council or a committee.
CREATE TABLE mandates (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT,
  source TEXT NOT NULL,
  report_back_date TEXT,
  report_back_to TEXT,
  status TEXT NOT NULL CHECK (status IN ('active','reported','completed','cancelled')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE mandate_assignees (
  mandate_id TEXT NOT NULL REFERENCES mandates(id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
  PRIMARY KEY (mandate_id, organisation_id)
) STRICT;

CREATE TABLE goals (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT,
  indicator TEXT,
  target TEXT,
  period_start TEXT,
  period_end TEXT,
  source TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Links from a mandate or goal to what treated it: an agenda item, a decision or an action.
CREATE TABLE register_links (
  id TEXT PRIMARY KEY,
  mandate_id TEXT REFERENCES mandates(id) ON DELETE CASCADE,
  goal_id TEXT REFERENCES goals(id) ON DELETE CASCADE,
  agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE CASCADE,
  decision_id TEXT REFERENCES decisions(id) ON DELETE CASCADE,
  action_id TEXT REFERENCES actions(id) ON DELETE CASCADE,
  CHECK ((mandate_id IS NULL) <> (goal_id IS NULL)),
  CHECK ((agenda_item_id IS NOT NULL) + (decision_id IS NOT NULL) + (action_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX register_links_mandate ON register_links(mandate_id);
CREATE INDEX register_links_goal ON register_links(goal_id);
CREATE INDEX register_links_agenda_item ON register_links(agenda_item_id);
CREATE INDEX register_links_decision ON register_links(decision_id);
CREATE INDEX register_links_action ON register_links(action_id);

-- Rättelser: an approved protocol is never edited; an error is corrected by a recorded correction.
CREATE TABLE corrections (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
  agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE RESTRICT,
  corrected_in_meeting_id TEXT REFERENCES meetings(id) ON DELETE RESTRICT,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by_name TEXT NOT NULL,
  created_by_title TEXT
) STRICT;
CREATE INDEX corrections_meeting ON corrections(meeting_id);

-- What was sent to whom, when and by whom (protocols, extracts, reports).
CREATE TABLE expediering_log (
  id TEXT PRIMARY KEY,
  meeting_id TEXT REFERENCES meetings(id) ON DELETE RESTRICT,
  document_kind TEXT NOT NULL CHECK (document_kind IN ('protocol','extract','notice','action_list','committee_report')),
  description TEXT NOT NULL,
  sections TEXT,
  recipient_organisation_id TEXT REFERENCES organisations(id) ON DELETE RESTRICT,
  recipient_group_id TEXT REFERENCES groups(id) ON DELETE RESTRICT,
  recipient_text TEXT,
  file_name TEXT,
  sent_at TEXT NOT NULL,
  sent_by_name TEXT NOT NULL,
  sent_by_title TEXT
) STRICT;
CREATE INDEX expediering_log_meeting ON expediering_log(meeting_id);

-- Append-only: who changed what and when.
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  actor_title TEXT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  operation TEXT NOT NULL CHECK (operation IN ('create','update','delete','approve','correct','send')),
  data TEXT
) STRICT;
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;

-- An approved protocol is immutable: the database itself refuses edits to its parts.
CREATE TRIGGER meetings_approved_locked BEFORE UPDATE ON meetings
WHEN OLD.status = 'approved'
BEGIN SELECT RAISE(ABORT, 'LOCKED: meeting is approved'); END;
CREATE TRIGGER meetings_approved_undeletable BEFORE DELETE ON meetings
WHEN OLD.status = 'approved'
BEGIN SELECT RAISE(ABORT, 'LOCKED: meeting is approved'); END;
${['INSERT', 'UPDATE', 'DELETE']
  .map((op) => {
    const row = op === 'INSERT' ? 'NEW' : 'OLD';
    return `
CREATE TRIGGER agenda_items_locked_${op.toLowerCase()} BEFORE ${op} ON agenda_items
WHEN (SELECT status FROM meetings WHERE id = ${row}.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'LOCKED: meeting is approved'); END;
CREATE TRIGGER attendance_locked_${op.toLowerCase()} BEFORE ${op} ON attendance
WHEN (SELECT status FROM meetings WHERE id = ${row}.meeting_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'LOCKED: meeting is approved'); END;
CREATE TRIGGER decisions_locked_${op.toLowerCase()} BEFORE ${op} ON decisions
WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ${row}.agenda_item_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'LOCKED: meeting is approved'); END;
CREATE TRIGGER actions_locked_${op.toLowerCase()} BEFORE ${op} ON actions
WHEN (SELECT m.status FROM decisions d JOIN agenda_items a ON a.id = d.agenda_item_id JOIN meetings m ON m.id = a.meeting_id WHERE d.id = ${row}.decision_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'LOCKED: meeting is approved'); END;`;
  })
  .join('\n')}
`,
};
