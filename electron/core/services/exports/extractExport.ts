// Protokollsutdrag: chosen §§ of an approved protocol, exactly as approved, certified by the
// user; one per recipient (see shared/domain/extracts.ts), each recorded in the expediering log.
import { addressedExtracts } from '../../../../shared/domain/extracts.ts';
import { AppError, type GeneratedFile, type ParsedInput } from '../../../../shared/contract/index.ts';
import { exportText, sectionSpan } from '../../../../shared/i18n/sv/exports.ts';
import { buildExtractDocument } from '../../documents/extract.ts';
import { currentActor, today, type ServiceContext } from '../context.ts';
import { docxFile, logSendings, type Sending } from './generatedFile.ts';
import { protocolModel } from './protocolExport.ts';

export async function exportExtracts(ctx: ServiceContext, { meetingId, sections }: ParsedInput<'documents.extracts'>): Promise<{ files: GeneratedFile[] }> {
  const model = protocolModel(ctx, meetingId, 'full');
  if (model.status !== 'approved') throw new AppError('CONFLICT', exportText.extractOnlyApproved);
  const existing = new Set(model.copy.items.map((i) => i.sectionNumber));
  const missing = [...new Set(sections)].filter((n) => !existing.has(n));
  if (missing.length) {
    const message = exportText.sectionsNotInProtocol(sectionSpan(missing));
    throw new AppError('VALIDATION', message, [{ path: 'sections', message }]);
  }
  const { meeting } = model.copy;
  const certifiedBy = currentActor(ctx);
  const certifiedOn = today(ctx);
  const files: GeneratedFile[] = [];
  const sendings: Sending[] = [];
  for (const { recipient, sections: addressedSections } of addressedExtracts(model.copy.items, sections)) {
    const doc = buildExtractDocument({ copy: model.copy, corrections: model.corrections, sections: addressedSections, recipientName: recipient?.name ?? null, certifiedBy, certifiedOn });
    const file = await docxFile(doc, exportText.fileName.extract(meeting.groupName, meeting.date, addressedSections, recipient?.name ?? null));
    files.push(file);
    sendings.push({
      meetingId,
      documentKind: 'extract',
      description: exportText.log.extract(addressedSections),
      sections: addressedSections,
      recipientOrganisationId: recipient?.organisationId ?? null,
      recipientGroupId: recipient?.groupId ?? null,
      recipientText: recipient?.name ?? null,
      fileName: file.fileName,
    });
  }
  logSendings(ctx, sendings);
  return { files };
}
