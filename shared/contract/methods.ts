// The one typed contract: every API method, with its input and output schema.
// Adapters register these generically; the renderer calls them through one client.
import { z } from 'zod';
import { AppStatus, Group, Meeting, Membership, Organisation, Person, User } from './schemas/entities.ts';
import { ById, Deleted, Empty } from './schemas/fields.ts';
import {
  DemoLoadInput,
  GroupFields,
  GroupUpdate,
  MeetingCreate,
  MeetingListInput,
  MeetingUpdate,
  MembershipCreate,
  MembershipListInput,
  MembershipUpdate,
  OrganisationFields,
  OrganisationUpdate,
  PersonFields,
  PersonUpdate,
  UpcomingMeetingsInput,
  UserInput,
} from './schemas/inputs.ts';

type MethodDefinition = { input: z.ZodType; output: z.ZodType };
const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const api = {
  'app.status': method(Empty, AppStatus),
  'user.set': method(UserInput, User),
  'demo.load': method(DemoLoadInput, z.object({ groups: z.number().int(), meetings: z.number().int() })),

  'organisations.list': method(Empty, z.array(Organisation)),
  'organisations.create': method(OrganisationFields, Organisation),
  'organisations.update': method(OrganisationUpdate, Organisation),
  'organisations.delete': method(ById, Deleted),

  'people.list': method(Empty, z.array(Person)),
  'people.create': method(PersonFields, Person),
  'people.update': method(PersonUpdate, Person),
  'people.delete': method(ById, Deleted),

  'groups.list': method(Empty, z.array(Group)),
  'groups.get': method(ById, Group),
  'groups.create': method(GroupFields, Group),
  'groups.update': method(GroupUpdate, Group),
  'groups.delete': method(ById, Deleted),

  'memberships.list': method(MembershipListInput, z.array(Membership)),
  'memberships.create': method(MembershipCreate, Membership),
  'memberships.update': method(MembershipUpdate, Membership),
  'memberships.delete': method(ById, Deleted),

  'meetings.list': method(MeetingListInput, z.array(Meeting)),
  'meetings.upcoming': method(UpcomingMeetingsInput, z.array(Meeting)),
  'meetings.get': method(ById, Meeting),
  'meetings.create': method(MeetingCreate, Meeting),
  'meetings.update': method(MeetingUpdate, Meeting),
  'meetings.delete': method(ById, Deleted),
} as const satisfies Record<string, MethodDefinition>;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller may send (before defaults and normalisation). */
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
/** What the core receives after validation. */
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export const methodNames = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}
