// One § of a protocol as it is printed — in the protocol and, unchanged, in an extract:
// heading, description, basis documents, notes, decisions, action items, recipients,
// follow-ups and the corrections (rättelser) made to it after approval.
import type { FileChild, Paragraph } from 'docx';
import type { ApprovedCopy, Correction, OwnerRef } from '../../../shared/contract/index.ts';
import { stockholmDateOf, formatSwedishDate } from '../../../shared/domain/swedishDates.ts';
import { documentText } from '../../../shared/i18n/sv/documents.ts';
import { actionStatusLabel } from '../../../shared/i18n/sv/labels.ts';
import { afterTable, dashList, dataTable, heading, plain, textParagraphs, type Cell, type Column } from './blocks.ts';
import { notesToParagraphs, type ListInstances } from './notes.ts';

type Item = ApprovedCopy['items'][number];
type Action = Item['decisions'][number]['actions'][number];
type FollowUp = Item['followUps'][number];

export type SectionOptions = {
  corrections: readonly Correction[];
  /** The public version: a confidential item shows only the standard line. */
  hideConfidential: boolean;
  instances: ListInstances;
  /** The group's name, for the confirmation of a closed action ("Styrgruppen konstaterar …"). */
  groupName: string;
};

const t = documentText.section;
const dash = documentText.emptyCell;

/** An action's owner as a reader knows them: the person, or the group that owns it. */
export function ownerName(owner: OwnerRef): string {
  return owner.personName ?? owner.groupName ?? dash;
}

const actionColumns: Column[] = [
  { header: documentText.actionColumns.title, share: 0.4 },
  { header: documentText.actionColumns.owner, share: 0.19 },
  { header: documentText.actionColumns.organisation, share: 0.25 },
  { header: documentText.actionColumns.due, share: 0.16 },
];

function actionCells(action: Action): Cell[] {
  return [action.note ? [action.title, action.note] : action.title, ownerName(action.owner), action.owner.organisationName ?? dash, action.dueDate];
}

const f = documentText.followUp;
const followUpColumns: Column[] = [
  { header: f.columns.decision, share: 0.18 },
  { header: f.columns.action, share: 0.32 },
  { header: f.columns.status, share: 0.14 },
  { header: f.columns.comment, share: 0.36 },
];

function followUpCells(followUp: FollowUp, groupName: string): Cell[] {
  const newOwner = followUp.newOwner ? [f.newOwner([ownerName(followUp.newOwner), followUp.newOwner.organisationName].filter(Boolean).join(', '))] : [];
  const comment = [
    ...(followUp.note ? [followUp.note] : []),
    ...(followUp.newDueDate ? [f.newDue(followUp.newDueDate, followUp.dueDateReason)] : []),
    ...(followUp.escalatedTo ? [f.escalatedTo(followUp.escalatedTo)] : []),
    // A closed action is confirmed in the protocol of the meeting that follows it up.
    ...(followUp.status === 'done' ? [f.confirmedDone(groupName)] : []),
  ];
  return [
    documentText.decisionRef(followUp.decidedInSection, followUp.decidedOn),
    [followUp.actionTitle, ...newOwner],
    actionStatusLabel[followUp.status],
    comment.length > 0 ? comment : dash,
  ];
}

/** A correction: when and by whom, what now applies, and why. */
export function correctionBlock(correction: Correction): Paragraph[] {
  const c = documentText.correction;
  return [
    heading(3, c.heading),
    plain(c.madeBy(formatSwedishDate(stockholmDateOf(correction.createdAt)), correction.createdByName, correction.createdByTitle), { italics: true }),
    ...textParagraphs(correction.text),
    ...(correction.reason ? [plain(c.reason(correction.reason))] : []),
  ];
}

/** Corrections that belong to none of the items: printed once, at the end of the protocol. */
export function unattachedCorrections(items: readonly Item[], corrections: readonly Correction[]): Correction[] {
  const ids = new Set(items.map((i) => i.id));
  return corrections.filter((c) => c.agendaItemId === null || !ids.has(c.agendaItemId));
}

function recipientNames(item: Item): string[] {
  return [...new Set(item.decisions.flatMap((d) => d.recipients.map((r) => r.name)))];
}

function renderItem(item: Item, options: SectionOptions): FileChild[] {
  if (item.confidential && options.hideConfidential) return [heading(2, t.confidential(item.sectionNumber))];
  const out: FileChild[] = [heading(2, t.heading(item.sectionNumber, item.title))];
  if (item.presenter) out.push(plain(t.presenter(item.presenter), { italics: true }));

  const description = textParagraphs(item.description);
  if (description.length > 0) out.push(heading(3, t.description), ...description);
  if (item.basisDocuments.length > 0) out.push(heading(3, t.basis), ...dashList(item.basisDocuments.map((d) => t.basisDocument(d.title, d.reference))));
  const notes = notesToParagraphs(item.notes, options.instances);
  if (notes.length > 0) out.push(heading(3, t.notes), ...notes);
  if (item.decisions.length > 0) out.push(heading(3, t.decision), ...item.decisions.flatMap((d) => textParagraphs(d.text)));

  const actions = item.decisions.flatMap((d) => d.actions);
  if (actions.length > 0) out.push(heading(3, t.actions), dataTable(actionColumns, actions.map(actionCells)), afterTable());
  const recipients = recipientNames(item);
  if (recipients.length > 0) out.push(heading(3, t.recipients), plain(recipients.join(', ')));
  if (item.followUps.length > 0) out.push(heading(3, t.followUps), dataTable(followUpColumns, item.followUps.map((fu) => followUpCells(fu, options.groupName))), afterTable());

  for (const correction of options.corrections.filter((c) => c.agendaItemId === item.id)) out.push(...correctionBlock(correction));
  return out;
}

/** The items in agenda order, each under its "§ N Title" heading. */
export function renderSections(items: readonly Item[], options: SectionOptions): FileChild[] {
  return items.flatMap((item) => renderItem(item, options));
}
