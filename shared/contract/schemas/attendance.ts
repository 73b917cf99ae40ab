// Inputs for who took part in a meeting: attendance, others present, and the meeting's roles.
import { z } from 'zod';
import { validationText as t } from '../../i18n/sv/validation.ts';
import { AttendanceStatus, MembershipRole } from './codes.ts';
import { Id, optionalId, optionalText, requiredText } from './fields.ts';

export const AttendanceSet = z
  .object({
    meetingId: Id,
    personId: Id,
    status: AttendanceStatus,
    /** Required when the status is 'substitute': the member this person replaces. */
    substituteForPersonId: optionalId,
    /** By default the organisation and role of the person's membership on the meeting day. */
    organisationId: optionalId,
    role: MembershipRole.nullish().transform((v) => v ?? null),
  })
  .refine((v) => v.status !== 'substitute' || v.substituteForPersonId !== null, { error: t.substituteForMissing, path: ['substituteForPersonId'] })
  .refine((v) => v.substituteForPersonId !== v.personId, { error: t.substituteForSelf, path: ['substituteForPersonId'] })
  .transform((v) => ({ ...v, substituteForPersonId: v.status === 'substitute' ? v.substituteForPersonId : null }));

export const AttendanceRemove = z.object({ meetingId: Id, personId: Id });
export const MeetingRef = z.object({ meetingId: Id });

const ItemIds = z.array(Id).max(200).default([]);

export const OtherAttendeeCreate = z.object({
  meetingId: Id,
  name: requiredText(200),
  title: optionalText(200),
  organisationName: optionalText(200),
  /** The agenda items they attended; empty means the whole meeting. */
  agendaItemIds: ItemIds,
});
export const OtherAttendeeUpdate = z.object({
  id: Id,
  name: requiredText(200).optional(),
  title: optionalText(200).optional(),
  organisationName: optionalText(200).optional(),
  agendaItemIds: z.array(Id).max(200).optional(),
});
