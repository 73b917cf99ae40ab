// Approval (justering): the frozen copy of a protocol, and the one update that locks it.
// The copy holds everything the approved documents are built from, with names resolved,
// so later changes to people or organisations never alter an approved protocol.
import { createHash } from 'node:crypto';
import { approvedCopyVersion, type ApprovedCopy, type MembershipRole, type OwnerRef, type PersonRef } from '../../../shared/contract/index.ts';
import type { AttendanceStatus } from './attendance.ts';
import type { DecisionType } from './decisions.ts';
import type { Db } from './sql.ts';

export type { ApprovedCopy } from '../../../shared/contract/index.ts';

const ownerColumns = (p: string, o: string, g: string) =>
  `${p}.id AS personId, ${p}.name AS personName, ${o}.id AS organisationId, ${o}.name AS organisationName, ${g}.id AS groupId, ${g}.name AS groupName`;

function personRef(db: Db, meetingId: string, personId: string | null): PersonRef | null {
  if (!personId) return null;
  const row = db
    .prepare(
      `SELECT p.id AS personId, p.name, p.title, COALESCE(ao.name, po.name) AS organisationName
       FROM people p
       LEFT JOIN organisations po ON po.id = p.organisation_id
       LEFT JOIN attendance a ON a.person_id = p.id AND a.meeting_id = @meetingId
       LEFT JOIN organisations ao ON ao.id = a.organisation_id
       WHERE p.id = @personId`,
    )
    .get({ meetingId, personId }) as PersonRef | undefined;
  return row ?? null;
}

/** The follow-ups recorded under an agenda item, in protocol order (read through follow_ups_agenda_item). */
export const followUpsOfItemStatement = `SELECT f.id, f.action_id AS actionId, a.title AS actionTitle, m.date AS decidedOn, ai.section_number AS decidedInSection,
    f.date, f.status, f.note, f.new_due_date AS newDueDate, f.due_date_reason AS dueDateReason, ${ownerColumns('p', 'o', 'g')}, f.escalated_to AS escalatedTo
  FROM follow_ups f JOIN actions a ON a.id = f.action_id JOIN decisions d ON d.id = a.decision_id
  JOIN agenda_items ai ON ai.id = d.agenda_item_id JOIN meetings m ON m.id = ai.meeting_id
  LEFT JOIN people p ON p.id = f.new_owner_person_id LEFT JOIN organisations o ON o.id = f.new_owner_organisation_id
  LEFT JOIN groups g ON g.id = f.new_owner_group_id
  WHERE f.agenda_item_id = ? ORDER BY m.date, ai.position, d.position, a.position, f.created_at`;

/** Reads the meeting as it stands into the frozen form stored in meetings.approved_copy. */
export function readApprovalSnapshot(db: Db, meetingId: string, approval: { approvedAt: string; approvedBy: { name: string; title: string | null } }): ApprovedCopy {
  const meeting = db
    .prepare(
      `SELECT mt.id, mt.group_id AS groupId, g.name AS groupName, mt.date, mt.start_time AS startTime, mt.end_time AS endTime,
         mt.place, mt.kind, mt.chair_person_id AS chairPersonId, mt.secretary_person_id AS secretaryPersonId
       FROM meetings mt JOIN groups g ON g.id = mt.group_id WHERE mt.id = ?`,
    )
    .get(meetingId) as (ApprovedCopy['meeting'] & { chairPersonId: string | null; secretaryPersonId: string | null }) | undefined;
  if (!meeting) throw new Error(`meeting ${meetingId} not found`);
  const { chairPersonId, secretaryPersonId, ...meetingFields } = meeting;

  const adjusterIds = db.prepare('SELECT person_id AS id FROM meeting_adjusters WHERE meeting_id = ? ORDER BY position').all(meetingId) as { id: string }[];

  const attendance = (
    db
      .prepare(
        `SELECT p.id AS personId, p.name, p.title, o.name AS organisationName, a.role, a.status,
           s.id AS substituteForId, s.name AS substituteForName
         FROM attendance a JOIN people p ON p.id = a.person_id
         LEFT JOIN organisations o ON o.id = a.organisation_id
         LEFT JOIN people s ON s.id = a.substitute_for_person_id
         WHERE a.meeting_id = ?
         ORDER BY CASE a.role WHEN 'chair' THEN 1 WHEN 'vice_chair' THEN 2 WHEN 'secretary' THEN 3 WHEN 'member' THEN 4
           WHEN 'substitute' THEN 5 ELSE 6 END, p.name COLLATE NOCASE`,
      )
      .all(meetingId) as (PersonRef & { role: MembershipRole | null; status: AttendanceStatus; substituteForId: string | null; substituteForName: string | null })[]
  ).map(({ substituteForId, substituteForName, ...row }) => ({
    ...row,
    substituteFor: substituteForId && substituteForName ? { personId: substituteForId, name: substituteForName } : null,
  }));

  const otherAttendees = (
    db
      .prepare(
        `SELECT oa.name, oa.title, oa.organisation_name AS organisationName,
           (SELECT json_group_array(section_number) FROM (SELECT ai.section_number FROM other_attendee_items x
              JOIN agenda_items ai ON ai.id = x.agenda_item_id
              WHERE x.other_attendee_id = oa.id AND ai.section_number IS NOT NULL ORDER BY ai.position)) AS sections
         FROM other_attendees oa WHERE oa.meeting_id = ? ORDER BY oa.position`,
      )
      .all(meetingId) as { name: string; title: string | null; organisationName: string | null; sections: string }[]
  ).map((row) => ({ ...row, sections: JSON.parse(row.sections) as number[] }));

  const itemRows = db
    .prepare(
      `SELECT ai.id, ai.position, ai.section_number AS sectionNumber, ai.title, ai.kind, COALESCE(p.name, ai.presenter_text) AS presenter,
         ai.description, ai.notes_json AS notesJson, ai.confidential, ai.linked_meeting_id AS linkedMeetingId
       FROM agenda_items ai LEFT JOIN people p ON p.id = ai.presenter_person_id
       WHERE ai.meeting_id = ? ORDER BY ai.position`,
    )
    .all(meetingId) as (Omit<ApprovedCopy['items'][number], 'notes' | 'confidential' | 'basisDocuments' | 'decisions' | 'followUps'> & {
    notesJson: string | null;
    confidential: number;
  })[];

  const basisStatement = db.prepare('SELECT title, reference FROM basis_documents WHERE agenda_item_id = ? ORDER BY position');
  const decisionStatement = db.prepare('SELECT id, position, text, type FROM decisions WHERE agenda_item_id = ? ORDER BY position');
  const recipientStatement = db.prepare(
    `SELECT r.organisation_id AS organisationId, r.group_id AS groupId, COALESCE(o.name, g.name) AS name
     FROM decision_recipients r LEFT JOIN organisations o ON o.id = r.organisation_id LEFT JOIN groups g ON g.id = r.group_id
     WHERE r.decision_id = ? ORDER BY name COLLATE NOCASE`,
  );
  const actionStatement = db.prepare(
    `SELECT a.id, a.position, a.title, a.due_date AS dueDate, a.note, ${ownerColumns('p', 'o', 'g')}
     FROM actions a LEFT JOIN people p ON p.id = a.owner_person_id LEFT JOIN organisations o ON o.id = a.owner_organisation_id
     LEFT JOIN groups g ON g.id = a.owner_group_id
     WHERE a.decision_id = ? ORDER BY a.position`,
  );
  const followUpStatement = db.prepare(followUpsOfItemStatement);

  const items = itemRows.map(({ notesJson, confidential, ...item }) => ({
    ...item,
    notes: notesJson ? (JSON.parse(notesJson) as unknown) : null,
    confidential: confidential === 1,
    basisDocuments: basisStatement.all(item.id) as { title: string; reference: string | null }[],
    decisions: (decisionStatement.all(item.id) as { id: string; position: number; text: string; type: DecisionType }[]).map((decision) => ({
      ...decision,
      recipients: recipientStatement.all(decision.id) as { organisationId: string | null; groupId: string | null; name: string }[],
      actions: (actionStatement.all(decision.id) as ({ id: string; position: number; title: string; dueDate: string; note: string | null } & OwnerRef)[]).map(
        ({ id, position, title, dueDate, note, ...owner }) => ({ id, position, title, owner, dueDate, note }),
      ),
    })),
    followUps: (
      followUpStatement.all(item.id) as (Omit<ApprovedCopy['items'][number]['followUps'][number], 'newOwner'> & OwnerRef)[]
    ).map(({ personId, personName, organisationId, organisationName, groupId, groupName, escalatedTo, ...followUp }) => ({
      ...followUp,
      newOwner: personId || groupId ? { personId, personName, organisationId, organisationName, groupId, groupName } : null,
      escalatedTo,
    })),
  }));

  return {
    format: 'protokollet/approved-copy',
    version: approvedCopyVersion,
    meeting: meetingFields,
    chair: personRef(db, meetingId, chairPersonId),
    secretary: personRef(db, meetingId, secretaryPersonId),
    adjusters: adjusterIds.map(({ id }) => personRef(db, meetingId, id)).filter((p): p is PersonRef => p !== null),
    attendance,
    otherAttendees,
    items,
    approvedAt: approval.approvedAt,
    approvedBy: approval.approvedBy,
  };
}

/** SHA-256 (hex) of the copy exactly as stored: anyone can verify it against meetings.approved_copy. */
export const contentHash = (storedCopy: string): string => createHash('sha256').update(storedCopy, 'utf8').digest('hex');

/**
 * Sets the meeting approved with its frozen copy and the copy's content hash; after this the
 * database refuses edits. Returns the hash, or null if the meeting was already approved.
 */
export function markMeetingApproved(
  db: Db,
  meetingId: string,
  approval: { approvedAt: string; approvedByName: string; approvedByTitle: string | null; approvedCopy: ApprovedCopy },
  at: string,
): string | null {
  const stored = JSON.stringify(approval.approvedCopy);
  const hash = contentHash(stored);
  const changes = db
    .prepare(
      `UPDATE meetings SET status = 'approved', approved_at = @approvedAt, approved_by_name = @approvedByName,
         approved_by_title = @approvedByTitle, approved_copy = @approvedCopy, approved_copy_hash = @hash, updated_at = @at
       WHERE id = @meetingId AND status <> 'approved'`,
    )
    .run({ ...approval, approvedCopy: stored, hash, meetingId, at }).changes;
  return changes > 0 ? hash : null;
}

/** The stored copy as text (so its hash can be checked) and the hash recorded with it. */
export function readStoredCopy(db: Db, meetingId: string): { copy: string; recordedHash: string | null } | undefined {
  const row = db
    .prepare("SELECT approved_copy AS copy, approved_copy_hash AS recordedHash FROM meetings WHERE id = ? AND status = 'approved'")
    .get(meetingId) as { copy: string | null; recordedHash: string | null } | undefined;
  return row?.copy ? { copy: row.copy, recordedHash: row.recordedHash } : undefined;
}
