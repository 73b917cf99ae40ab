// The one typed contract: every API method, with its input and output schema.
// Adapters register these generically; the renderer calls them through one client.
import { z } from 'zod';
import { AppStatus, Group, Meeting, Membership, Organisation, Person, User } from './schemas/entities.ts';
import { ById, Deleted, Empty, Id } from './schemas/fields.ts';
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
import {
  AgendaItemCreate,
  AgendaItemMove,
  AgendaItemNotes,
  AgendaItemUpdate,
  AgendaTemplateInput,
  BasisDocumentCreate,
  BasisDocumentUpdate,
  GroupRef,
  SectionStartInput,
} from './schemas/agenda.ts';
import { AttendanceRemove, AttendanceSet, MeetingRef, OtherAttendeeCreate, OtherAttendeeUpdate } from './schemas/attendance.ts';
import { ActionCreate, ActionUpdate, DecisionCreate, DecisionUpdate } from './schemas/decisions.ts';
import {
  ActionEntry,
  AgendaItemEntry,
  AgendaTemplate,
  AttendanceEntry,
  BasisDocument,
  DecisionEntry,
  IdentityWarning,
  MeetingDetail,
  OtherAttendee,
  SectionStarts,
} from './schemas/meetingDetail.ts';
import {
  ActionListFilter,
  ExpedieringEntry,
  ExpedieringListInput,
  ExtractExportInput,
  ExtractExportOutput,
  GeneratedFile,
  NoticeExportInput,
  ProtocolExportInput,
} from './schemas/documents.ts';
import { ActionHistory, FollowUpEntry, FollowUpRecord, FollowUpWithdraw, MeetingFollowUps, RegisterPage, RegisterQuery } from './schemas/followUps.ts';
import { ApprovedProtocol, Correction, CorrectionCreate, RedactInput, Redaction } from './schemas/protocol.ts';
import * as registers from './schemas/registers.ts';
import * as dashboard from './schemas/dashboard.ts';
import { SearchQuery, SearchResult } from './schemas/search.ts';

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
  'groups.getAgendaTemplate': method(GroupRef, AgendaTemplate),
  'groups.setAgendaTemplate': method(AgendaTemplateInput, AgendaTemplate),
  'groups.getSectionStarts': method(GroupRef, SectionStarts),
  'groups.setSectionStart': method(SectionStartInput, SectionStarts),

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
  'meetings.detail': method(ById, MeetingDetail),
  'meetings.start': method(ById, Meeting),
  'meetings.sendForApproval': method(ById, Meeting),
  'meetings.reopen': method(ById, Meeting),
  'meetings.approve': method(ById, Meeting),
  'meetings.cancel': method(ById, Meeting),
  'meetings.approvedCopy': method(ById, ApprovedProtocol),

  'agendaItems.create': method(AgendaItemCreate, AgendaItemEntry),
  'agendaItems.update': method(AgendaItemUpdate, AgendaItemEntry),
  'agendaItems.delete': method(ById, Deleted),
  'agendaItems.move': method(AgendaItemMove, z.array(AgendaItemEntry)),
  'agendaItems.setNotes': method(AgendaItemNotes, z.object({ id: z.string(), identityWarnings: z.array(IdentityWarning) })),

  'basisDocuments.create': method(BasisDocumentCreate, BasisDocument),
  'basisDocuments.update': method(BasisDocumentUpdate, BasisDocument),
  'basisDocuments.delete': method(ById, Deleted),

  'attendance.set': method(AttendanceSet, AttendanceEntry),
  'attendance.remove': method(AttendanceRemove, Deleted),
  'attendance.fillFromMembers': method(MeetingRef, z.array(AttendanceEntry)),

  'otherAttendees.create': method(OtherAttendeeCreate, OtherAttendee),
  'otherAttendees.update': method(OtherAttendeeUpdate, OtherAttendee),
  'otherAttendees.delete': method(ById, Deleted),

  'decisions.create': method(DecisionCreate, DecisionEntry),
  'decisions.update': method(DecisionUpdate, DecisionEntry),
  'decisions.delete': method(ById, Deleted),

  'actions.create': method(ActionCreate, ActionEntry),
  'actions.update': method(ActionUpdate, ActionEntry),
  'actions.delete': method(ById, Deleted),

  'corrections.create': method(CorrectionCreate, Correction),
  'privacy.redact': method(RedactInput, Redaction),

  'documents.protocol': method(ProtocolExportInput, GeneratedFile),
  'documents.extracts': method(ExtractExportInput, ExtractExportOutput),
  'documents.notice': method(NoticeExportInput, GeneratedFile),
  'documents.actionList': method(ActionListFilter, GeneratedFile),
  'expediering.list': method(ExpedieringListInput, z.array(ExpedieringEntry)),

  'register.actions': method(RegisterQuery, RegisterPage),
  'actions.history': method(z.object({ actionId: Id }), ActionHistory),
  'followUps.forMeeting': method(MeetingRef, MeetingFollowUps),
  'followUps.record': method(FollowUpRecord, FollowUpEntry),
  'followUps.withdraw': method(FollowUpWithdraw, Deleted),

  // Mandates and goals
  'mandates.list': method(registers.MandateListInput, z.array(registers.Mandate)),
  'mandates.get': method(ById, registers.Mandate),
  'mandates.create': method(registers.MandateFields, registers.Mandate),
  'mandates.update': method(registers.MandateUpdate, registers.Mandate),
  'mandates.delete': method(ById, Deleted),
  'goals.list': method(Empty, z.array(registers.Goal)),
  'goals.get': method(ById, registers.Goal),
  'goals.create': method(registers.GoalFields, registers.Goal),
  'goals.update': method(registers.GoalUpdate, registers.Goal),
  'goals.delete': method(ById, Deleted),
  'registerLinks.set': method(registers.RegisterLinksSet, registers.RegisterLinks),
  'registerLinks.forTarget': method(registers.RegisterLinksForTarget, registers.RegisterLinks),
  'registers.coverage': method(registers.CoverageInput, registers.RegisterCoverage),

  // Dashboard and committee report
  'dashboard.get': method(dashboard.DashboardInput, dashboard.Dashboard),
  'documents.committeeReport': method(dashboard.CommitteeReportInput, GeneratedFile),

  // Full-text search
  'search.query': method(SearchQuery, SearchResult),
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
