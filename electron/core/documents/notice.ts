// Kallelse med dagordning: when and where, who is invited, the agenda with presenters and
// basis documents, and the open action items the meeting will follow up.
import type { Document, FileChild } from 'docx';
import { formatSwedishDate, formatSwedishDateWithWeekday, formatTimeRange } from '../../../shared/domain/swedishDates.ts';
import { documentText } from '../../../shared/i18n/sv/documents.ts';
import { membershipRoleLabel } from '../../../shared/i18n/sv/labels.ts';
import { actionTable } from './actionList.ts';
import { afterTable, dashList, factLines, heading, plain, textParagraphs, titleBlock } from './blocks.ts';
import type { NoticeDocModel } from './models.ts';
import { createDocument } from './styles.ts';

const n = documentText.notice;
const facts = documentText.facts;

function invitedLine(person: NoticeDocModel['invited'][number]): string {
  const line = [person.name, person.title, person.organisationName].filter(Boolean).join(', ');
  return person.role && person.role !== 'member' ? `${line} ${facts.role(membershipRoleLabel[person.role])}` : line;
}

function agendaItem(item: NoticeDocModel['items'][number], index: number): FileChild[] {
  return [
    heading(3, n.itemHeading(item.sectionNumber, index + 1, item.title)),
    ...(item.presenter ? [plain(documentText.section.presenter(item.presenter), { italics: true })] : []),
    ...textParagraphs(item.description),
    ...(item.basisDocuments.length > 0
      ? [plain(n.basis, { bold: true, keepNext: true }), ...dashList(item.basisDocuments.map((d) => documentText.section.basisDocument(d.title, d.reference)))]
      : []),
  ];
}

export function buildNoticeDocument(model: NoticeDocModel): Document {
  const time = formatTimeRange(model.startTime, model.endTime);
  const children: FileChild[] = [
    ...titleBlock(model.groupName, n.title),
    ...factLines(facts.date, [formatSwedishDateWithWeekday(model.date)]),
    ...factLines(facts.time, time ? [facts.clock(time)] : []),
    ...factLines(facts.place, model.place ? [model.place] : []),
    ...factLines(facts.invited, model.invited.map(invitedLine)),
    heading(2, n.agenda),
    ...model.items.flatMap(agendaItem),
    heading(2, n.openActions),
    ...(model.openActions.length > 0 ? [actionTable(model.openActions, 'compact'), afterTable()] : [plain(n.noOpenActions)]),
    plain(n.absence, { keepNext: true }),
    plain(n.sender(model.sender.name, model.sender.title, formatSwedishDate(model.issuedOn))),
  ];
  return createDocument({
    title: documentText.meta.notice(model.groupName, model.date),
    header: { left: model.groupName, right: documentText.header.notice, below: documentText.header.meetingDate(formatSwedishDate(model.date)), draft: false },
    footer: 'pages',
    children,
  });
}
