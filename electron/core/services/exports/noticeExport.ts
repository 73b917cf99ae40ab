// Kallelse med dagordning: the meeting's time and place, the invited members (valid on the
// meeting day), the agenda with presenters and basis documents, and the group's open actions
// decided before this meeting, which the follow-up item will go through.
import { AppError, type GeneratedFile, type ParsedInput } from '../../../../shared/contract/index.ts';
import { isOverdue } from '../../../../shared/domain/actions.ts';
import { exportText } from '../../../../shared/i18n/sv/exports.ts';
import { buildNoticeDocument } from '../../documents/notice.ts';
import type { ActionListRow, NoticeDocModel } from '../../documents/models.ts';
import { listActionRows, type ActionListDbRow } from '../../repositories/actionList.ts';
import { listMemberships } from '../../repositories/memberships.ts';
import { currentActor, today, type ServiceContext } from '../context.ts';
import { meetingDetail } from '../meetingDetail.ts';
import { meetingState } from '../protocolAccess.ts';
import { docxFile, logSendings } from './generatedFile.ts';

export function toActionListRow(row: ActionListDbRow, onDay: string): ActionListRow {
  const { latestFollowUpDate, latestFollowUpNote, ...rest } = row;
  return {
    ...rest,
    overdue: isOverdue(row.dueDate, row.status, onDay),
    latestFollowUp: latestFollowUpDate ? { date: latestFollowUpDate, note: latestFollowUpNote } : null,
  };
}

export function noticeModel(ctx: ServiceContext, meetingId: string): NoticeDocModel {
  const detail = meetingDetail(ctx, meetingId);
  const { meeting, group } = detail;
  if (meeting.status === 'cancelled') throw new AppError('CONFLICT', exportText.noticeOnlyPlanned);
  const issuedOn = today(ctx);
  const groupsOpenActions = { groupId: group.id, status: null, overdueOnly: false, ownerPersonId: null, organisationId: null, dueOnOrBefore: null, openOnly: true };
  const open = listActionRows(ctx.db, groupsOpenActions, issuedOn)
    .filter((row) => row.decidedOn < meeting.date)
    .map((row) => toActionListRow(row, issuedOn));
  return {
    groupName: group.name,
    kind: meeting.kind,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    invited: listMemberships(ctx.db, group.id, meeting.date).map((m) => ({ name: m.personName, title: m.personTitle, organisationName: m.organisationName, role: m.role })),
    items: detail.items.map((item) => ({
      sectionNumber: item.sectionNumber,
      title: item.title,
      presenter: item.presenterName ?? item.presenterText,
      description: item.description,
      basisDocuments: item.basisDocuments.map((d) => ({ title: d.title, reference: d.reference })),
    })),
    openActions: open,
    sender: currentActor(ctx),
    issuedOn,
  };
}

export async function exportNotice(ctx: ServiceContext, { meetingId }: ParsedInput<'documents.notice'>): Promise<GeneratedFile> {
  const model = noticeModel(ctx, meetingId);
  const file = await docxFile(buildNoticeDocument(model), exportText.fileName.notice(model.groupName, model.date));
  logSendings(ctx, [
    {
      meetingId,
      documentKind: 'notice',
      description: exportText.log.notice,
      sections: [],
      recipientOrganisationId: null,
      recipientGroupId: meetingState(ctx, meetingId).groupId,
      recipientText: exportText.log.noticeRecipients,
      fileName: file.fileName,
    },
  ]);
  return file;
}
