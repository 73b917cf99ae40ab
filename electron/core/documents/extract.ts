// Protokollsutdrag: the chosen §§ of an approved protocol exactly as the protocol prints them,
// addressed to one recipient, and certified "Rätt utdraget intygar" by the user. A confidential
// § is kept out of extracts: its standard line stands in its place.
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { formatSwedishDate } from '../../../shared/domain/swedishDates.ts';
import { documentText } from '../../../shared/i18n/sv/documents.ts';
import { factLines, heading, signatureLines, titleBlock } from './blocks.ts';
import type { ExtractDocModel } from './models.ts';
import { createListInstances, type ListInstances } from './notes.ts';
import { approvalDate } from './protocol.ts';
import { renderSections } from './sections.ts';
import { createDocument, styleIds } from './styles.ts';

const x = documentText.extract;

/**
 * The extract's body — title, facts, the §§ and the certification. The committee report's
 * appendix prints extracts too: under its own title (so the extract's is a Heading 2), and with
 * one supply of numbered-list instances for the whole document.
 */
export function extractChildren(model: ExtractDocModel, options: { instances?: ListInstances; titleLevel?: 1 | 2 } = {}): FileChild[] {
  const instances = options.instances ?? createListInstances();
  const { copy, certifiedBy } = model;
  const { meeting } = copy;
  const chosen = copy.items.filter((item) => item.sectionNumber !== null && model.sections.includes(item.sectionNumber));
  const meetingDate = formatSwedishDate(meeting.date);

  return [
    ...(options.titleLevel === 2 ? [new Paragraph({ style: styleIds.groupName, children: [new TextRun(meeting.groupName)] }), heading(2, x.title)] : titleBlock(meeting.groupName, x.title)),
    ...factLines(documentText.facts.meetingDate, [meetingDate]),
    ...factLines(documentText.facts.approved, [approvalDate(copy)]),
    ...renderSections(chosen, { corrections: model.corrections, hideConfidential: true, instances, groupName: meeting.groupName }),
    ...(model.recipientName ? [new Paragraph({ spacing: { before: 360 }, children: [new TextRun(x.recipient(model.recipientName))] })] : []),
    new Paragraph({ keepNext: true, spacing: { before: 480 }, children: [new TextRun({ text: x.certify, bold: true })] }),
    ...signatureLines([x.certifier(certifiedBy.name, certifiedBy.title, formatSwedishDate(model.certifiedOn))]),
  ];
}

export function buildExtractDocument(model: ExtractDocModel): Document {
  const { meeting } = model.copy;
  const meetingDate = formatSwedishDate(meeting.date);
  return createDocument({
    title: documentText.meta.extract(meeting.groupName, meeting.date),
    header: { left: meeting.groupName, right: documentText.header.extract, below: documentText.header.meetingDate(meetingDate), draft: false },
    footer: 'pages',
    children: extractChildren(model),
  });
}
