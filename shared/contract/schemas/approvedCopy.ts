// The frozen copy of an approved protocol (justerat protokoll): the whole protocol as approved,
// with names, organisations and roles as they were that day. Every later document of the
// protocol is made from it. There is one format; its version changes only with its shape.
// Version 2 added each follow-up's due-date reason and escalation. Stored copies are never
// rewritten (their hash is over the stored text), so a version-1 copy still parses and reads
// back with both fields null.
import { z } from 'zod';
import { ActionStatus, AgendaItemKind, AttendanceStatus, DecisionType, MeetingKind, MembershipRole } from './codes.ts';

const text = z.string().nullable();

export const PersonRef = z.object({ personId: z.string(), name: z.string(), title: text, organisationName: text });
export type PersonRef = z.infer<typeof PersonRef>;

export const OwnerRef = z.object({
  personId: text,
  personName: text,
  organisationId: text,
  organisationName: text,
  groupId: text,
  groupName: text,
});
export type OwnerRef = z.infer<typeof OwnerRef>;

const CopyAction = z.object({ id: z.string(), position: z.number().int(), title: z.string(), owner: OwnerRef, dueDate: z.string(), note: text });

const CopyDecision = z.object({
  id: z.string(),
  position: z.number().int(),
  text: z.string(),
  type: DecisionType,
  recipients: z.array(z.object({ organisationId: text, groupId: text, name: z.string() })),
  actions: z.array(CopyAction),
});

const CopyFollowUp = z.object({
  id: z.string(),
  actionId: z.string(),
  actionTitle: z.string(),
  /** Where the action was decided: that meeting's date and the item's § number. */
  decidedOn: z.string(),
  decidedInSection: z.number().int().nullable(),
  date: z.string(),
  status: ActionStatus,
  note: text,
  newDueDate: text,
  /** Why the due date moved (required with a new due date). Version 2 on. */
  dueDateReason: text,
  newOwner: OwnerRef.nullable(),
  /** To whom the action was escalated, free text such as "Styrgruppens ordförande". Version 2 on. */
  escalatedTo: text,
});
type CopyFollowUp = z.infer<typeof CopyFollowUp>;

/** A version-1 follow-up, read as the current shape: nothing was recorded of reason or escalation. */
const CopyFollowUpV1 = CopyFollowUp.omit({ dueDateReason: true, escalatedTo: true }).transform(
  ({ newOwner, ...rest }): CopyFollowUp => ({ ...rest, dueDateReason: null, newOwner, escalatedTo: null }),
);

const meetingFields = z.object({
  id: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  date: z.string(),
  startTime: text,
  endTime: text,
  place: text,
  kind: MeetingKind,
});

const CopyAttendance = PersonRef.extend({
  role: MembershipRole.nullable(),
  status: AttendanceStatus,
  substituteFor: z.object({ personId: z.string(), name: z.string() }).nullable(),
});

const CopyOtherAttendee = z.object({ name: z.string(), title: text, organisationName: text, sections: z.array(z.number().int()) });

/** The copy in one version: the versions differ only in their follow-ups. */
function copyOf<V extends 1 | 2>(version: V, followUp: z.ZodType<CopyFollowUp, unknown>) {
  const item = z.object({
    id: z.string(),
    position: z.number().int(),
    sectionNumber: z.number().int().nullable(),
    title: z.string(),
    kind: AgendaItemKind,
    presenter: text,
    description: text,
    /** The notes as a ProseMirror/TipTap JSON document, or null. */
    notes: z.unknown(),
    confidential: z.boolean(),
    linkedMeetingId: text,
    basisDocuments: z.array(z.object({ title: z.string(), reference: text })),
    decisions: z.array(CopyDecision),
    followUps: z.array(followUp),
  });
  return z.object({
    format: z.literal('protokollet/approved-copy'),
    version: z.literal(version),
    meeting: meetingFields,
    chair: PersonRef.nullable(),
    secretary: PersonRef.nullable(),
    adjusters: z.array(PersonRef),
    attendance: z.array(CopyAttendance),
    otherAttendees: z.array(CopyOtherAttendee),
    items: z.array(item),
    approvedAt: z.string(),
    approvedBy: z.object({ name: z.string(), title: text }),
  });
}

/** The version new copies are written in. */
export const approvedCopyVersion = 2;

export const ApprovedCopy = z.discriminatedUnion('version', [copyOf(1, CopyFollowUpV1), copyOf(approvedCopyVersion, CopyFollowUp)]);
export type ApprovedCopy = z.infer<typeof ApprovedCopy>;
