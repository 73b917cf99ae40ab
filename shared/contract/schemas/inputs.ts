// Inputs of the write methods. Every field is validated here, before anything reaches the core.
import { z } from 'zod';
import { validationText as t } from '../../i18n/sv/validation.ts';
import { GroupKind, MeetingKind, MeetingStatus, MembershipRole, OrganisationKind } from './codes.ts';
import { Email, Id, IsoDate, optionalDate, optionalId, optionalText, optionalTime, requiredText } from './fields.ts';

export const OrganisationFields = z.object({
  name: requiredText(200),
  shortName: optionalText(40),
  kind: OrganisationKind,
});
export const OrganisationUpdate = OrganisationFields.partial().extend({ id: Id });

export const PersonFields = z.object({
  name: requiredText(200),
  title: optionalText(200),
  email: Email,
  phone: optionalText(40),
  organisationId: optionalId,
});
export const PersonUpdate = PersonFields.partial().extend({ id: Id });

export const GroupFields = z.object({
  name: requiredText(200),
  shortName: optionalText(40),
  kind: GroupKind,
  description: optionalText(4000),
  parentGroupId: optionalId,
  staleAfterCarries: z.number({ error: t.invalidNumber }).int({ error: t.invalidNumber }).min(1, { error: t.staleAfterRange }).max(20, { error: t.staleAfterRange }).optional(),
  coverageWarningMonths: z.number({ error: t.invalidNumber }).int({ error: t.invalidNumber }).min(1, { error: t.coverageRange }).max(60, { error: t.coverageRange }).optional(),
});
export const GroupUpdate = GroupFields.partial().extend({ id: Id });

const validityIsOrdered = (v: { validFrom?: string | null; validTo?: string | null }) =>
  !v.validFrom || !v.validTo || v.validFrom <= v.validTo;

export const MembershipFields = z.object({
  groupId: Id,
  personId: Id,
  organisationId: Id,
  role: MembershipRole,
  validFrom: optionalDate,
  validTo: optionalDate,
});
export const MembershipCreate = MembershipFields.refine(validityIsOrdered, { error: t.validToBeforeFrom, path: ['validTo'] });
export const MembershipUpdate = MembershipFields.omit({ groupId: true })
  .partial()
  .extend({ id: Id })
  .refine(validityIsOrdered, { error: t.validToBeforeFrom, path: ['validTo'] });
export const MembershipListInput = z.object({ groupId: Id, onDate: optionalDate });

const timesAreOrdered = (v: { startTime?: string | null; endTime?: string | null }) =>
  !v.startTime || !v.endTime || v.startTime < v.endTime;

export const MeetingFields = z.object({
  groupId: Id,
  date: IsoDate,
  startTime: optionalTime,
  endTime: optionalTime,
  place: optionalText(200),
  kind: MeetingKind.default('protocol'),
});
export const MeetingCreate = MeetingFields.refine(timesAreOrdered, { error: t.endBeforeStart, path: ['endTime'] });
export const MeetingUpdate = MeetingFields.omit({ groupId: true })
  .partial()
  .extend({
    id: Id,
    chairPersonId: optionalId,
    secretaryPersonId: optionalId,
    adjusterPersonIds: z.array(Id).max(2).optional(),
  })
  .refine(timesAreOrdered, { error: t.endBeforeStart, path: ['endTime'] });

export const MeetingListInput = z.object({
  groupId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  statuses: z.array(MeetingStatus).optional(),
});
export const UpcomingMeetingsInput = z.object({ limit: z.number({ error: t.invalidNumber }).int().min(1).max(100).default(10) });

export const UserInput = z.object({ name: requiredText(200), title: requiredText(200) });
/** seed and today make the demo deterministic (today defaults to the Stockholm date). */
export const DemoLoadInput = z.object({ seed: z.number({ error: t.invalidNumber }).int().optional(), today: IsoDate.optional() });
