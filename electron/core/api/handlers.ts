// Maps every contract method to its service. The Handlers type makes a missing method a type error.
import { loadDemoData } from '../demo/loadDemo.ts';
import * as actions from '../services/actions.ts';
import * as agendaItems from '../services/agendaItems.ts';
import * as app from '../services/app.ts';
import * as approval from '../services/approval.ts';
import * as attendance from '../services/attendance.ts';
import * as basisDocuments from '../services/basisDocuments.ts';
import * as corrections from '../services/corrections.ts';
import * as decisions from '../services/decisions.ts';
import * as groupAgenda from '../services/groupAgenda.ts';
import { meetingDetail } from '../services/meetingDetail.ts';
import * as meetingStatus from '../services/meetingStatus.ts';
import * as otherAttendees from '../services/otherAttendees.ts';
import * as privacy from '../services/privacy.ts';
import { exportActionList } from '../services/exports/actionListExport.ts';
import { exportExtracts } from '../services/exports/extractExport.ts';
import { meetingExpediering } from '../services/exports/expediering.ts';
import { exportNotice } from '../services/exports/noticeExport.ts';
import { exportProtocol } from '../services/exports/protocolExport.ts';
import * as followUps from '../services/followUps.ts';
import type { ServiceContext } from '../services/context.ts';
import * as groups from '../services/groups.ts';
import * as meetings from '../services/meetings.ts';
import * as memberships from '../services/memberships.ts';
import * as organisations from '../services/organisations.ts';
import * as people from '../services/people.ts';
import * as registers from '../services/registers.ts';
import { registerCoverage } from '../services/registersCoverage.ts';
import { dashboard } from '../services/dashboard.ts';
import { search } from '../services/search.ts';
import { exportCommitteeReport } from '../services/exports/committeeReportExport.ts';
import * as registerLinks from '../services/registersLinks.ts';
import type { Handlers } from './dispatcher.ts';

export function createHandlers(ctx: ServiceContext, info: { version: string; dataDir: string }): Handlers {
  return {
    'app.status': () => app.appStatus(ctx, info),
    'user.set': (input) => app.setUser(ctx, input),
    'demo.load': (input) => loadDemoData(ctx, { seed: input.seed ?? 1, today: input.today }),

    'organisations.list': () => organisations.listOrganisations(ctx),
    'organisations.create': (input) => organisations.createOrganisation(ctx, input),
    'organisations.update': (input) => organisations.updateOrganisation(ctx, input),
    'organisations.delete': (input) => organisations.deleteOrganisation(ctx, input),

    'people.list': () => people.listPeople(ctx),
    'people.create': (input) => people.createPerson(ctx, input),
    'people.update': (input) => people.updatePerson(ctx, input),
    'people.delete': (input) => people.deletePerson(ctx, input),

    'groups.list': () => groups.listGroups(ctx),
    'groups.get': (input) => groups.requireGroup(ctx, input.id),
    'groups.create': (input) => groups.createGroup(ctx, input),
    'groups.update': (input) => groups.updateGroup(ctx, input),
    'groups.delete': (input) => groups.deleteGroup(ctx, input),
    'groups.getAgendaTemplate': (input) => groupAgenda.getAgendaTemplate(ctx, input),
    'groups.setAgendaTemplate': (input) => groupAgenda.setAgendaTemplate(ctx, input),
    'groups.getSectionStarts': (input) => groupAgenda.getSectionStarts(ctx, input),
    'groups.setSectionStart': (input) => groupAgenda.setGroupSectionStart(ctx, input),

    'memberships.list': (input) => memberships.listMemberships(ctx, input),
    'memberships.create': (input) => memberships.createMembership(ctx, input),
    'memberships.update': (input) => memberships.updateMembership(ctx, input),
    'memberships.delete': (input) => memberships.deleteMembership(ctx, input),

    'meetings.list': (input) => meetings.listMeetings(ctx, input),
    'meetings.upcoming': (input) => meetings.upcomingMeetings(ctx, input),
    'meetings.get': (input) => meetings.requireMeeting(ctx, input.id),
    'meetings.create': (input) => meetings.createMeeting(ctx, input),
    'meetings.update': (input) => meetings.updateMeeting(ctx, input),
    'meetings.delete': (input) => meetings.deleteMeeting(ctx, input),
    'meetings.detail': (input) => meetingDetail(ctx, input.id),
    'meetings.start': (input) => meetingStatus.startMeeting(ctx, input),
    'meetings.sendForApproval': (input) => approval.sendForApproval(ctx, input),
    'meetings.reopen': (input) => meetingStatus.reopenMeeting(ctx, input),
    'meetings.approve': (input) => approval.approveMeeting(ctx, input),
    'meetings.cancel': (input) => meetingStatus.cancelMeeting(ctx, input),
    'meetings.approvedCopy': (input) => approval.approvedProtocol(ctx, input),

    'agendaItems.create': (input) => agendaItems.createAgendaItem(ctx, input),
    'agendaItems.update': (input) => agendaItems.updateAgendaItem(ctx, input),
    'agendaItems.delete': (input) => agendaItems.deleteAgendaItem(ctx, input),
    'agendaItems.move': (input) => agendaItems.moveAgendaItem(ctx, input),
    'agendaItems.setNotes': (input) => agendaItems.setAgendaItemNotes(ctx, input),

    'basisDocuments.create': (input) => basisDocuments.createBasisDocument(ctx, input),
    'basisDocuments.update': (input) => basisDocuments.updateBasisDocument(ctx, input),
    'basisDocuments.delete': (input) => basisDocuments.deleteBasisDocument(ctx, input),

    'attendance.set': (input) => attendance.setAttendance(ctx, input),
    'attendance.remove': (input) => attendance.removeAttendance(ctx, input),
    'attendance.fillFromMembers': (input) => attendance.fillAttendanceFromMembers(ctx, input),

    'otherAttendees.create': (input) => otherAttendees.createOtherAttendee(ctx, input),
    'otherAttendees.update': (input) => otherAttendees.updateOtherAttendee(ctx, input),
    'otherAttendees.delete': (input) => otherAttendees.deleteOtherAttendee(ctx, input),

    'decisions.create': (input) => decisions.createDecision(ctx, input),
    'decisions.update': (input) => decisions.updateDecision(ctx, input),
    'decisions.delete': (input) => decisions.deleteDecision(ctx, input),

    'actions.create': (input) => actions.createAction(ctx, input),
    'actions.update': (input) => actions.updateAction(ctx, input),
    'actions.delete': (input) => actions.deleteAction(ctx, input),

    'corrections.create': (input) => corrections.createCorrection(ctx, input),
    'privacy.redact': (input) => privacy.redactMeeting(ctx, input),

    'documents.protocol': (input) => exportProtocol(ctx, input),
    'documents.extracts': (input) => exportExtracts(ctx, input),
    'documents.notice': (input) => exportNotice(ctx, input),
    'documents.actionList': (input) => exportActionList(ctx, input),
    'expediering.list': (input) => meetingExpediering(ctx, input),

    'register.actions': (input) => followUps.actionRegister(ctx, input),
    'actions.history': (input) => followUps.actionHistory(ctx, input),
    'followUps.forMeeting': (input) => followUps.meetingFollowUps(ctx, input),
    'followUps.record': (input) => followUps.recordFollowUp(ctx, input),
    'followUps.withdraw': (input) => followUps.withdrawFollowUp(ctx, input),

    // Mandates and goals
    'mandates.list': (input) => registers.listMandates(ctx, input),
    'mandates.get': (input) => registers.requireMandate(ctx, input.id),
    'mandates.create': (input) => registers.createMandate(ctx, input),
    'mandates.update': (input) => registers.updateMandate(ctx, input),
    'mandates.delete': (input) => registers.deleteMandate(ctx, input),
    'goals.list': () => registers.listGoals(ctx),
    'goals.get': (input) => registers.requireGoal(ctx, input.id),
    'goals.create': (input) => registers.createGoal(ctx, input),
    'goals.update': (input) => registers.updateGoal(ctx, input),
    'goals.delete': (input) => registers.deleteGoal(ctx, input),
    'registerLinks.set': (input) => registerLinks.setLinks(ctx, input),
    'registerLinks.forTarget': (input) => registerLinks.linksForTarget(ctx, input),
    'registers.coverage': (input) => registerCoverage(ctx, input),

    // Dashboard and committee report
    'dashboard.get': (input) => dashboard(ctx, input),
    'documents.committeeReport': (input) => exportCommitteeReport(ctx, input),
    'search.query': (input) => search(ctx, input),
  };
}
