// The approved protocol as the API hands it out, corrections (rättelser) and logged redactions.
import { z } from 'zod';
import { ApprovedCopy } from './approvedCopy.ts';
import { Id, optionalId, requiredText } from './fields.ts';

const text = z.string().nullable();

export const CorrectionCreate = z.object({
  meetingId: Id,
  /** The corrected item, or none for the protocol as a whole (e.g. the attendance). */
  agendaItemId: optionalId,
  /** The later meeting whose decision makes the correction, when there is one. */
  correctedInMeetingId: optionalId,
  /** What is corrected, and how it should read. */
  text: requiredText(4000),
  reason: requiredText(2000),
});

export const Correction = z.object({
  id: z.string(),
  meetingId: z.string(),
  agendaItemId: text,
  sectionNumber: z.number().int().nullable(),
  correctedInMeetingId: text,
  text: z.string(),
  reason: text,
  createdAt: z.string(),
  createdByName: z.string(),
  createdByTitle: text,
});
export type Correction = z.infer<typeof Correction>;

export const Redaction = z.object({
  id: z.string(),
  meetingId: z.string(),
  reason: z.string(),
  /** Where numbers were replaced, e.g. "agenda_items.notes_json" with how many; never the numbers. */
  places: z.array(z.object({ place: z.string(), count: z.number().int() })),
  replacedCount: z.number().int(),
  previousHash: text,
  newHash: text,
  redactedAt: z.string(),
  redactedByName: z.string(),
  redactedByTitle: text,
});
export type Redaction = z.infer<typeof Redaction>;

export const RedactInput = z.object({ meetingId: Id, reason: requiredText(2000) });

export const ApprovedProtocol = z.object({
  meetingId: z.string(),
  copy: ApprovedCopy,
  /** SHA-256 (hex) of the copy as stored, computed now. */
  contentHash: z.string(),
  /** The hash recorded at approval (or at the latest logged redaction); null for copies older than hashes. */
  recordedHash: text,
  hashVerified: z.boolean(),
  corrections: z.array(Correction),
  redactions: z.array(Redaction),
});
export type ApprovedProtocol = z.infer<typeof ApprovedProtocol>;
