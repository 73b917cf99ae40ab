// The protocol as a Word document. An approved protocol is always built from its frozen copy
// (with the corrections made since); a draft from the rows as they stand, marked UTKAST.
import { AppError, ApprovedCopy, type GeneratedFile, type ParsedInput } from '../../../../shared/contract/index.ts';
import { exportText } from '../../../../shared/i18n/sv/exports.ts';
import { meetingKindLabel } from '../../../../shared/i18n/sv/labels.ts';
import { buildProtocolDocument } from '../../documents/protocol.ts';
import type { ProtocolDocModel } from '../../documents/models.ts';
import { readApprovalSnapshot, readStoredCopy } from '../../repositories/approval.ts';
import { listCorrections } from '../../repositories/corrections.ts';
import { meetingState } from '../protocolAccess.ts';
import type { ServiceContext } from '../context.ts';
import { docxFile, logSendings } from './generatedFile.ts';

/** The protocol's model: the frozen copy once approved, otherwise the live rows in the same shape. */
export function protocolModel(ctx: ServiceContext, meetingId: string, variant: ProtocolDocModel['variant']): ProtocolDocModel {
  const meeting = meetingState(ctx, meetingId);
  if (meeting.status === 'planned' || meeting.status === 'cancelled') throw new AppError('CONFLICT', exportText.protocolNotHeld);
  const stored = meeting.status === 'approved' ? readStoredCopy(ctx.db, meetingId) : undefined;
  const copy = stored
    ? ApprovedCopy.parse(JSON.parse(stored.copy))
    : readApprovalSnapshot(ctx.db, meetingId, { approvedAt: '', approvedBy: { name: '', title: null } });
  return { copy, status: meeting.status, corrections: listCorrections(ctx.db, meetingId), variant };
}

export async function exportProtocol(ctx: ServiceContext, { meetingId, variant }: ParsedInput<'documents.protocol'>): Promise<GeneratedFile> {
  const model = protocolModel(ctx, meetingId, variant);
  const { meeting } = model.copy;
  const kindLabel = meetingKindLabel[meeting.kind];
  const isPublic = variant === 'public';
  const file = await docxFile(buildProtocolDocument(model), exportText.fileName.protocol(kindLabel, meeting.groupName, meeting.date, isPublic));
  // Only an approved protocol is sent anywhere; drafts go to the adjusters for reading.
  if (model.status === 'approved') {
    logSendings(ctx, [
      {
        meetingId,
        documentKind: 'protocol',
        description: exportText.log.protocol(kindLabel, isPublic),
        sections: model.copy.items.flatMap((i) => (i.sectionNumber === null ? [] : [i.sectionNumber])),
        recipientOrganisationId: null,
        recipientGroupId: null,
        recipientText: null,
        fileName: file.fileName,
      },
    ]);
  }
  return file;
}
