// Reads the parts of a meeting's protocol as the meeting page shows them. The services add the
// confidentiality guard's warnings; this file only reads.
import type { AgendaItemKind, AttendanceStatus, DecisionType, MembershipRole, OwnerRef, PersonRef } from '../../../shared/contract/index.ts';
import type { Db } from './sql.ts';

export type ItemRow = {
  id: string;
  meetingId: string;
  position: number;
  sectionNumber: number | null;
  title: string;
  kind: AgendaItemKind;
  presenterPersonId: string | null;
  presenterName: string | null;
  presenterText: string | null;
  description: string | null;
  notesJson: string | null;
  confidential: number;
  linkedMeetingId: string | null;
  linkedMeetingDate: string | null;
};
export type BasisDocumentRow = { id: string; agendaItemId: string; position: number; title: string; reference: string | null };
export type RecipientRow = { decisionId: string; organisationId: string | null; groupId: string | null; name: string };
export type DecisionRow = { id: string; agendaItemId: string; position: number; text: string; type: DecisionType };
export type ActionRow = { id: string; decisionId: string; position: number; title: string; owner: OwnerRef; dueDate: string; note: string | null };
export type AttendanceRow = {
  id: string;
  personId: string;
  personName: string;
  personTitle: string | null;
  organisationId: string | null;
  organisationName: string | null;
  role: MembershipRole | null;
  status: AttendanceStatus;
  substituteForPersonId: string | null;
  substituteForName: string | null;
};
export type OtherAttendeeRow = { id: string; meetingId: string; position: number; name: string; title: string | null; organisationName: string | null; agendaItemIds: string[] };

const itemSelect = `SELECT ai.id, ai.meeting_id AS meetingId, ai.position, ai.section_number AS sectionNumber, ai.title, ai.kind,
  ai.presenter_person_id AS presenterPersonId, p.name AS presenterName, ai.presenter_text AS presenterText, ai.description,
  ai.notes_json AS notesJson, ai.confidential, ai.linked_meeting_id AS linkedMeetingId, lm.date AS linkedMeetingDate
  FROM agenda_items ai LEFT JOIN people p ON p.id = ai.presenter_person_id LEFT JOIN meetings lm ON lm.id = ai.linked_meeting_id`;

export const listItems = (db: Db, meetingId: string): ItemRow[] =>
  db.prepare(`${itemSelect} WHERE ai.meeting_id = ? ORDER BY ai.position`).all(meetingId) as ItemRow[];
export const getItem = (db: Db, id: string): ItemRow | undefined => db.prepare(`${itemSelect} WHERE ai.id = ?`).get(id) as ItemRow | undefined;

const basisSelect = 'SELECT id, agenda_item_id AS agendaItemId, position, title, reference FROM basis_documents';

export const listBasisDocuments = (db: Db, meetingId: string): BasisDocumentRow[] =>
  db
    .prepare(`${basisSelect} WHERE agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?) ORDER BY position`)
    .all(meetingId) as BasisDocumentRow[];
export const getBasisDocument = (db: Db, id: string): BasisDocumentRow | undefined =>
  db.prepare(`${basisSelect} WHERE id = ?`).get(id) as BasisDocumentRow | undefined;

const decisionSelect = 'SELECT id, agenda_item_id AS agendaItemId, position, text, type FROM decisions';
const recipientSelect = `SELECT r.decision_id AS decisionId, r.organisation_id AS organisationId, r.group_id AS groupId, COALESCE(o.name, g.name) AS name
  FROM decision_recipients r LEFT JOIN organisations o ON o.id = r.organisation_id LEFT JOIN groups g ON g.id = r.group_id`;
const itemsOf = 'SELECT id FROM agenda_items WHERE meeting_id = ?';

export const listDecisions = (db: Db, meetingId: string): DecisionRow[] =>
  db.prepare(`${decisionSelect} WHERE agenda_item_id IN (${itemsOf}) ORDER BY position`).all(meetingId) as DecisionRow[];
export const getDecision = (db: Db, id: string): DecisionRow | undefined => db.prepare(`${decisionSelect} WHERE id = ?`).get(id) as DecisionRow | undefined;

export const listRecipients = (db: Db, meetingId: string): RecipientRow[] =>
  db
    .prepare(`${recipientSelect} WHERE r.decision_id IN (SELECT id FROM decisions WHERE agenda_item_id IN (${itemsOf})) ORDER BY name COLLATE NOCASE`)
    .all(meetingId) as RecipientRow[];
export const listRecipientsOf = (db: Db, decisionId: string): RecipientRow[] =>
  db.prepare(`${recipientSelect} WHERE r.decision_id = ? ORDER BY name COLLATE NOCASE`).all(decisionId) as RecipientRow[];

const actionSelect = `SELECT a.id, a.decision_id AS decisionId, a.position, a.title, a.due_date AS dueDate, a.note,
  p.id AS personId, p.name AS personName, o.id AS organisationId, o.name AS organisationName, g.id AS groupId, g.name AS groupName
  FROM actions a LEFT JOIN people p ON p.id = a.owner_person_id LEFT JOIN organisations o ON o.id = a.owner_organisation_id
  LEFT JOIN groups g ON g.id = a.owner_group_id`;
type ActionRecord = Omit<ActionRow, 'owner'> & OwnerRef;
const toAction = ({ personId, personName, organisationId, organisationName, groupId, groupName, ...rest }: ActionRecord): ActionRow => ({
  ...rest,
  owner: { personId, personName, organisationId, organisationName, groupId, groupName },
});

export const listActions = (db: Db, meetingId: string): ActionRow[] =>
  (
    db
      .prepare(`${actionSelect} WHERE a.decision_id IN (SELECT id FROM decisions WHERE agenda_item_id IN (${itemsOf})) ORDER BY a.position`)
      .all(meetingId) as ActionRecord[]
  ).map(toAction);
export function getAction(db: Db, id: string): ActionRow | undefined {
  const row = db.prepare(`${actionSelect} WHERE a.id = ?`).get(id) as ActionRecord | undefined;
  return row && toAction(row);
}

const attendanceSelect = `SELECT a.id, a.person_id AS personId, p.name AS personName, p.title AS personTitle, a.organisation_id AS organisationId,
  o.name AS organisationName, a.role, a.status, a.substitute_for_person_id AS substituteForPersonId, s.name AS substituteForName
  FROM attendance a JOIN people p ON p.id = a.person_id LEFT JOIN organisations o ON o.id = a.organisation_id
  LEFT JOIN people s ON s.id = a.substitute_for_person_id`;
const attendanceOrder = `CASE a.status WHEN 'present' THEN 1 WHEN 'substitute' THEN 2 ELSE 3 END,
  CASE a.role WHEN 'chair' THEN 1 WHEN 'vice_chair' THEN 2 WHEN 'secretary' THEN 3 WHEN 'member' THEN 4 WHEN 'substitute' THEN 5 ELSE 6 END,
  p.name COLLATE NOCASE`;

export const listAttendance = (db: Db, meetingId: string): AttendanceRow[] =>
  db.prepare(`${attendanceSelect} WHERE a.meeting_id = ? ORDER BY ${attendanceOrder}`).all(meetingId) as AttendanceRow[];
export const getAttendance = (db: Db, meetingId: string, personId: string): AttendanceRow | undefined =>
  db.prepare(`${attendanceSelect} WHERE a.meeting_id = ? AND a.person_id = ?`).get(meetingId, personId) as AttendanceRow | undefined;

const otherSelect = `SELECT oa.id, oa.meeting_id AS meetingId, oa.position, oa.name, oa.title, oa.organisation_name AS organisationName,
  (SELECT json_group_array(agenda_item_id) FROM (SELECT x.agenda_item_id FROM other_attendee_items x JOIN agenda_items ai ON ai.id = x.agenda_item_id
     WHERE x.other_attendee_id = oa.id ORDER BY ai.position)) AS itemIds
  FROM other_attendees oa`;
type OtherRecord = Omit<OtherAttendeeRow, 'agendaItemIds'> & { itemIds: string };
const toOther = ({ itemIds, ...rest }: OtherRecord): OtherAttendeeRow => ({ ...rest, agendaItemIds: JSON.parse(itemIds) as string[] });

export const listOtherAttendees = (db: Db, meetingId: string): OtherAttendeeRow[] =>
  (db.prepare(`${otherSelect} WHERE oa.meeting_id = ? ORDER BY oa.position`).all(meetingId) as OtherRecord[]).map(toOther);
export function getOtherAttendee(db: Db, id: string): OtherAttendeeRow | undefined {
  const row = db.prepare(`${otherSelect} WHERE oa.id = ?`).get(id) as OtherRecord | undefined;
  return row && toOther(row);
}

/** The meeting's group, as the header shows it. */
export function getMeetingGroup(db: Db, meetingId: string): { id: string; name: string; shortName: string | null; kind: string } | undefined {
  return db
    .prepare('SELECT g.id, g.name, g.short_name AS shortName, g.kind FROM meetings m JOIN groups g ON g.id = m.group_id WHERE m.id = ?')
    .get(meetingId) as { id: string; name: string; shortName: string | null; kind: string } | undefined;
}

/** The approval record, from the meeting row. */
export function getApprovalRecord(
  db: Db,
  meetingId: string,
): { approvedAt: string | null; approvedByName: string | null; approvedByTitle: string | null; contentHash: string | null } | undefined {
  return db
    .prepare(
      `SELECT approved_at AS approvedAt, approved_by_name AS approvedByName, approved_by_title AS approvedByTitle, approved_copy_hash AS contentHash
       FROM meetings WHERE id = ?`,
    )
    .get(meetingId) as { approvedAt: string | null; approvedByName: string | null; approvedByTitle: string | null; contentHash: string | null } | undefined;
}

/** Names of people for the header (chair, secretary, adjusters), with their own organisation. */
export function listPeopleRefs(db: Db, personIds: readonly string[]): PersonRef[] {
  if (personIds.length === 0) return [];
  return db
    .prepare(
      `SELECT p.id AS personId, p.name, p.title, o.name AS organisationName FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
       WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(personIds)) as PersonRef[];
}
