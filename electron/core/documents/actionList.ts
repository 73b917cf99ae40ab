// Åtgärdslista: the action items of one group or of all groups as a landscape table — where
// each was decided, what, who, by when, its status (Försenad when overdue) and the latest
// follow-up. The notice reuses the table for the actions it will follow up.
import type { Document, FileChild, Table } from 'docx';
import { formatSwedishDate } from '../../../shared/domain/swedishDates.ts';
import { documentText } from '../../../shared/i18n/sv/documents.ts';
import { actionStatusLabel, overdueLabel } from '../../../shared/i18n/sv/labels.ts';
import { afterTable, dataTable, plain, titleBlock, type Cell, type Column } from './blocks.ts';
import type { ActionListDocModel, ActionListRow } from './models.ts';
import { createDocument } from './styles.ts';

const a = documentText.actionList;
const c = a.columns;
const dash = documentText.emptyCell;

function statusCell(row: ActionListRow): Cell {
  return row.overdue ? [actionStatusLabel[row.status], { bold: overdueLabel }] : actionStatusLabel[row.status];
}

function decisionCell(row: ActionListRow, withGroup: boolean): Cell {
  const ref = documentText.decisionRef(row.decidedInSection, row.decidedOn);
  return withGroup ? [row.groupName, ref] : ref;
}

const listColumns: Column[] = [
  { header: c.decision, share: 0.13 },
  { header: c.title, share: 0.25 },
  { header: c.owner, share: 0.12 },
  { header: c.organisation, share: 0.15 },
  { header: c.due, share: 0.09 },
  { header: c.status, share: 0.09 },
  { header: c.latestFollowUp, share: 0.17 },
];

// A portrait page has room for five columns: the owner's organisation goes under the owner.
const compactColumns: Column[] = [
  { header: c.decision, share: 0.19 },
  { header: c.title, share: 0.31 },
  { header: c.owner, share: 0.22 },
  { header: c.due, share: 0.14 },
  { header: c.status, share: 0.14 },
];

/**
 * The actions as a table: in full for the landscape action list, or compact (no follow-up
 * column, organisation under the owner) for the portrait notice.
 */
export function actionTable(rows: readonly ActionListRow[], layout: 'full' | 'compact'): Table {
  // Across groups, a § number means nothing without the group it belongs to.
  const withGroup = new Set(rows.map((r) => r.groupName)).size > 1;
  const cells = rows.map((row): Cell[] => {
    const decision = decisionCell(row, withGroup);
    if (layout === 'compact') return [decision, row.title, row.organisationName ? [row.ownerName, row.organisationName] : row.ownerName, row.dueDate, statusCell(row)];
    const followUp = row.latestFollowUp ? a.followUp(row.latestFollowUp.date, row.latestFollowUp.note) : dash;
    return [decision, row.title, row.ownerName, row.organisationName ?? dash, row.dueDate, statusCell(row), followUp];
  });
  return layout === 'compact' ? dataTable(compactColumns, cells) : dataTable(listColumns, cells, true);
}

export function buildActionListDocument(model: ActionListDocModel): Document {
  const producedOn = formatSwedishDate(model.producedOn);
  const children: FileChild[] = [
    ...titleBlock(model.scopeTitle, a.title),
    plain(model.filterDescription ? a.filter(model.filterDescription) : a.unfiltered),
    plain(a.producedBy(model.producedBy.name, model.producedBy.title, producedOn)),
    ...(model.rows.length > 0 ? [actionTable(model.rows, 'full'), afterTable()] : [plain(a.empty)]),
  ];
  return createDocument({
    title: documentText.meta.actionList(model.scopeTitle, model.producedOn),
    header: { left: model.scopeTitle, right: documentText.header.actionList, below: producedOn, draft: false },
    footer: 'pages',
    landscape: true,
    children,
  });
}
