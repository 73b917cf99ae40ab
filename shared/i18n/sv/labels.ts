// Swedish names of the domain's codes, shared by the UI, the documents and the CLI.
import type { AgendaItemKind } from '../../domain/agenda.ts';
import { standingItemTitle } from './agenda.ts';
import type { ActionStatus, GroupKind, MeetingKind, MeetingStatus, MembershipRole, OrganisationKind } from '../../contract/schemas/codes.ts';

export const organisationKindLabel: Record<OrganisationKind, string> = {
  committee: 'Nämnd',
  administration: 'Förvaltning',
  region: 'Region',
  police: 'Polis',
  other: 'Annan',
};

export const groupKindLabel: Record<GroupKind, string> = {
  steering: 'Styrgrupp',
  operative: 'Operativ grupp',
  working: 'Arbetsgrupp',
  other: 'Annan grupp',
};

export const membershipRoleLabel: Record<MembershipRole, string> = {
  chair: 'Ordförande',
  vice_chair: 'Vice ordförande',
  secretary: 'Sekreterare',
  member: 'Ledamot',
  substitute: 'Ersättare',
  co_opted: 'Adjungerad',
};

export const meetingKindLabel: Record<MeetingKind, string> = {
  protocol: 'Protokoll',
  notes: 'Minnesanteckningar',
};

export const meetingStatusLabel: Record<MeetingStatus, string> = {
  planned: 'Planerat',
  draft: 'Utkast',
  for_approval: 'För justering',
  approved: 'Justerat',
  cancelled: 'Inställt',
};

export const actionStatusLabel: Record<ActionStatus, string> = {
  not_started: 'Ej påbörjad',
  in_progress: 'Pågår',
  done: 'Klar',
  cancelled: 'Avbruten',
};

/** Derived, never stored: past its due date and neither done nor cancelled. */
export const overdueLabel = 'Försenad';

/** What an agenda item is for; the standing kinds carry the title they have by default. */
export const agendaItemKindLabel: Record<AgendaItemKind, string> = { ...standingItemTitle, matter: 'Ärende' };
