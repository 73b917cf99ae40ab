// Åtgärdslista: the action items of one group or of all groups, filtered as the user chose,
// with the filter spelled out in the document so a reader knows what was left out.
import type { ActionListFilter, GeneratedFile } from '../../../../shared/contract/index.ts';
import { exportText } from '../../../../shared/i18n/sv/exports.ts';
import { buildActionListDocument } from '../../documents/actionList.ts';
import type { ActionListDocModel } from '../../documents/models.ts';
import { listActionRows } from '../../repositories/actionList.ts';
import { currentActor, today, type ServiceContext } from '../context.ts';
import { requireGroup } from '../groups.ts';
import { requireOrganisation } from '../organisations.ts';
import { requirePerson } from '../people.ts';
import { docxFile, logSendings } from './generatedFile.ts';
import { toActionListRow } from './noticeExport.ts';

function filterDescription(ctx: ServiceContext, filter: ActionListFilter): string {
  const parts: string[] = [];
  if (filter.status) parts.push(exportText.filter.status(filter.status));
  if (filter.overdueOnly) parts.push(exportText.filter.overdue);
  if (filter.ownerPersonId) parts.push(exportText.filter.owner(requirePerson(ctx, filter.ownerPersonId).name));
  if (filter.organisationId) parts.push(exportText.filter.organisation(requireOrganisation(ctx, filter.organisationId).name));
  if (filter.dueOnOrBefore) parts.push(exportText.filter.dueOnOrBefore(filter.dueOnOrBefore));
  return parts.join(' · ');
}

export function actionListModel(ctx: ServiceContext, filter: ActionListFilter): ActionListDocModel {
  const producedOn = today(ctx);
  return {
    scopeTitle: filter.groupId ? requireGroup(ctx, filter.groupId).name : exportText.allGroups,
    filterDescription: filterDescription(ctx, filter),
    rows: listActionRows(ctx.db, filter, producedOn).map((row) => toActionListRow(row, producedOn)),
    producedBy: currentActor(ctx),
    producedOn,
  };
}

export async function exportActionList(ctx: ServiceContext, filter: ActionListFilter): Promise<GeneratedFile> {
  const model = actionListModel(ctx, filter);
  const file = await docxFile(buildActionListDocument(model), exportText.fileName.actionList(model.scopeTitle, model.producedOn));
  logSendings(ctx, [
    {
      meetingId: null,
      documentKind: 'action_list',
      description: exportText.log.actionList(model.scopeTitle),
      sections: [],
      recipientOrganisationId: null,
      recipientGroupId: null,
      recipientText: null,
      fileName: file.fileName,
    },
  ]);
  return file;
}
