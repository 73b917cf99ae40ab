import { z } from 'zod';
import { validationText } from '../../i18n/sv/validation.ts';
import { agendaItemKinds } from '../../domain/agenda.ts';

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: validationText.invalidChoice });

export const organisationKinds = ['committee', 'administration', 'region', 'police', 'other'] as const;
export const OrganisationKind = choice(organisationKinds);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const groupKinds = ['steering', 'operative', 'working', 'other'] as const;
export const GroupKind = choice(groupKinds);
export type GroupKind = z.infer<typeof GroupKind>;

export const membershipRoles = ['chair', 'vice_chair', 'secretary', 'member', 'substitute', 'co_opted'] as const;
export const MembershipRole = choice(membershipRoles);
export type MembershipRole = z.infer<typeof MembershipRole>;

export const meetingKinds = ['protocol', 'notes'] as const;
export const MeetingKind = choice(meetingKinds);
export type MeetingKind = z.infer<typeof MeetingKind>;

export const meetingStatuses = ['planned', 'draft', 'for_approval', 'approved', 'cancelled'] as const;
export const MeetingStatus = choice(meetingStatuses);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const actionStatuses = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export const ActionStatus = choice(actionStatuses);
export type ActionStatus = z.infer<typeof ActionStatus>;

export { agendaItemKinds } from '../../domain/agenda.ts';
export const AgendaItemKind = choice(agendaItemKinds);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

export const attendanceStatuses = ['present', 'absent', 'substitute'] as const;
export const AttendanceStatus = choice(attendanceStatuses);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const decisionTypes = ['decision', 'information', 'position'] as const;
export const DecisionType = choice(decisionTypes);
export type DecisionType = z.infer<typeof DecisionType>;
