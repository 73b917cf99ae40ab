// Records as the API returns them. Output schemas are the contract's promise to the renderer.
import { z } from 'zod';
import { GroupKind, MeetingKind, MeetingStatus, MembershipRole, OrganisationKind } from './codes.ts';

const nullableString = z.string().nullable();

export const Organisation = z.object({
  id: z.string(),
  name: z.string(),
  shortName: nullableString,
  kind: OrganisationKind,
});
export type Organisation = z.infer<typeof Organisation>;

export const Person = z.object({
  id: z.string(),
  name: z.string(),
  title: nullableString,
  email: nullableString,
  phone: nullableString,
  organisationId: nullableString,
  organisationName: nullableString,
});
export type Person = z.infer<typeof Person>;

export const Group = z.object({
  id: z.string(),
  name: z.string(),
  shortName: nullableString,
  kind: GroupKind,
  description: nullableString,
  parentGroupId: nullableString,
  memberCount: z.number().int(),
  nextMeetingDate: nullableString,
  /** Meetings an action may be carried forward without progress before it needs a choice. */
  staleAfterCarries: z.number().int(),
  /** Months after which an untreated mandate or goal is flagged. */
  coverageWarningMonths: z.number().int(),
});
export type Group = z.infer<typeof Group>;

export const Membership = z.object({
  id: z.string(),
  groupId: z.string(),
  personId: z.string(),
  personName: z.string(),
  personTitle: nullableString,
  organisationId: z.string(),
  organisationName: z.string(),
  role: MembershipRole,
  validFrom: nullableString,
  validTo: nullableString,
});
export type Membership = z.infer<typeof Membership>;

export const Meeting = z.object({
  id: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  date: z.string(),
  startTime: nullableString,
  endTime: nullableString,
  place: nullableString,
  kind: MeetingKind,
  status: MeetingStatus,
  chairPersonId: nullableString,
  secretaryPersonId: nullableString,
  adjusterPersonIds: z.array(z.string()),
  approvedAt: nullableString,
  /** The § numbers of the meeting's items, in agenda order; empty for planned meetings. */
  sections: z.array(z.number().int()),
  itemCount: z.number().int(),
});
export type Meeting = z.infer<typeof Meeting>;

export const User = z.object({ name: z.string(), title: z.string() });
export type User = z.infer<typeof User>;

export const AppStatus = z.object({
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  user: User.nullable(),
  isEmpty: z.boolean(),
  today: z.string(),
});
export type AppStatus = z.infer<typeof AppStatus>;
