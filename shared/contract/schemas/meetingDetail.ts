// The meeting page's model: the whole protocol as it stands, with the confidentiality guard's
// warnings on each field that holds something like a personal identity number.
import { z } from 'zod';
import { AgendaItemKind, AttendanceStatus, DecisionType, GroupKind, MembershipRole } from './codes.ts';
import { Meeting } from './entities.ts';
import { OwnerRef, PersonRef } from './approvedCopy.ts';
import { Correction } from './protocol.ts';

const text = z.string().nullable();

export const IdentityMatch = z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), kind: z.enum(['personnummer', 'samordningsnummer']) });

/** One field holding identity numbers; for notes the offsets are in the notes' plain text. */
export const IdentityWarning = z.object({ field: z.string(), matches: z.array(IdentityMatch) });
export type IdentityWarning = z.infer<typeof IdentityWarning>;
const Warnings = z.array(IdentityWarning);

export const BasisDocument = z.object({
  id: z.string(),
  agendaItemId: z.string(),
  position: z.number().int(),
  title: z.string(),
  reference: text,
  identityWarnings: Warnings,
});
export type BasisDocument = z.infer<typeof BasisDocument>;

export const ActionEntry = z.object({
  id: z.string(),
  decisionId: z.string(),
  position: z.number().int(),
  title: z.string(),
  owner: OwnerRef,
  dueDate: z.string(),
  note: text,
  identityWarnings: Warnings,
});
export type ActionEntry = z.infer<typeof ActionEntry>;

export const DecisionEntry = z.object({
  id: z.string(),
  agendaItemId: z.string(),
  position: z.number().int(),
  text: z.string(),
  type: DecisionType,
  recipients: z.array(z.object({ organisationId: text, groupId: text, name: z.string() })),
  actions: z.array(ActionEntry),
  identityWarnings: Warnings,
});
export type DecisionEntry = z.infer<typeof DecisionEntry>;

export const AgendaItemEntry = z.object({
  id: z.string(),
  meetingId: z.string(),
  position: z.number().int(),
  /** Provisional while the meeting is a draft or awaits approval; fixed once approved. */
  sectionNumber: z.number().int().nullable(),
  title: z.string(),
  kind: AgendaItemKind,
  presenterPersonId: text,
  presenterName: text,
  presenterText: text,
  description: text,
  notes: z.unknown(),
  confidential: z.boolean(),
  linkedMeetingId: text,
  linkedMeetingDate: text,
  basisDocuments: z.array(BasisDocument),
  decisions: z.array(DecisionEntry),
  /** Warnings on the item's own fields: title, presenterText, description, notes. */
  identityWarnings: Warnings,
});
export type AgendaItemEntry = z.infer<typeof AgendaItemEntry>;

export const AttendanceEntry = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  personTitle: text,
  organisationId: text,
  organisationName: text,
  role: MembershipRole.nullable(),
  status: AttendanceStatus,
  substituteForPersonId: text,
  substituteForName: text,
});
export type AttendanceEntry = z.infer<typeof AttendanceEntry>;

export const OtherAttendee = z.object({
  id: z.string(),
  meetingId: z.string(),
  position: z.number().int(),
  name: z.string(),
  title: text,
  organisationName: text,
  agendaItemIds: z.array(z.string()),
});
export type OtherAttendee = z.infer<typeof OtherAttendee>;

/** Where the guard found identity numbers, for the message that blocks approval and for navigation. */
export const IdentityWarningPlace = z.object({
  agendaItemId: z.string(),
  sectionNumber: z.number().int().nullable(),
  entity: z.enum(['agendaItem', 'basisDocument', 'decision', 'action']),
  entityId: z.string(),
  field: z.string(),
  count: z.number().int(),
});
export type IdentityWarningPlace = z.infer<typeof IdentityWarningPlace>;

export const MeetingDetail = z.object({
  meeting: Meeting,
  group: z.object({ id: z.string(), name: z.string(), shortName: text, kind: GroupKind }),
  chair: PersonRef.nullable(),
  secretary: PersonRef.nullable(),
  adjusters: z.array(PersonRef),
  attendance: z.array(AttendanceEntry),
  otherAttendees: z.array(OtherAttendee),
  items: z.array(AgendaItemEntry),
  /** True once approved: the § numbers are final. */
  sectionsFixed: z.boolean(),
  approval: z.object({ approvedAt: z.string(), approvedByName: z.string(), approvedByTitle: text, contentHash: text }).nullable(),
  corrections: z.array(Correction),
  /** The group's held meeting before this one, for "Föregående protokoll". */
  previousMeeting: z.object({ id: z.string(), date: z.string() }).nullable(),
  identityWarnings: z.array(IdentityWarningPlace),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

export const AgendaTemplate = z.array(z.object({ title: z.string(), kind: AgendaItemKind }));
export const SectionStarts = z.array(z.object({ year: z.number().int(), firstNumber: z.number().int() }));
