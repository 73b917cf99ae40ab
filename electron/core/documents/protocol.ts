// The protocol (or minnesanteckningar) of a meeting as a Word document. Page 1 carries the
// meeting's facts; then each § in agenda order; a protocol ends with the signature block.
// Anything not approved says UTKAST on every page; the public version shows only the standard
// line for confidential items.
import { Paragraph, TextRun, type Document, type FileChild } from 'docx';
import type { ApprovedCopy } from '../../../shared/contract/index.ts';
import type { MembershipRole } from '../../../shared/contract/schemas/codes.ts';
import { formatSwedishDate, formatSwedishDateWithWeekday, formatTimeRange, stockholmDateOf } from '../../../shared/domain/swedishDates.ts';
import { documentText, joinNames, paragraphSpan } from '../../../shared/i18n/sv/documents.ts';
import { meetingKindLabel, membershipRoleLabel } from '../../../shared/i18n/sv/labels.ts';
import { factLines, heading, plain, signatureLines, titleBlock } from './blocks.ts';
import type { ProtocolDocModel } from './models.ts';
import { createListInstances } from './notes.ts';
import { correctionBlock, renderSections, unattachedCorrections } from './sections.ts';
import { createDocument } from './styles.ts';

const facts = documentText.facts;
const sig = documentText.signature;
/** Roles worth naming beside a member present; a plain member or substitute needs none. */
const namedRoles: readonly MembershipRole[] = ['chair', 'vice_chair', 'secretary', 'co_opted'];

type Attendee = ApprovedCopy['attendance'][number];

function attendeeLine(a: Attendee): string {
  const name = a.substituteFor ? facts.substitutes(a.name, a.substituteFor.name) : a.name;
  const line = [name, a.title, a.organisationName].filter(Boolean).join(', ');
  return a.role && namedRoles.includes(a.role) ? `${line} ${facts.role(membershipRoleLabel[a.role])}` : line;
}

function otherAttendeeLine(o: ApprovedCopy['otherAttendees'][number]): string {
  return [o.name, o.title, o.organisationName, paragraphSpan(o.sections)].filter(Boolean).join(', ');
}

/** The sections a protocol holds, "§§ 43–50". */
export function sectionRange(copy: ApprovedCopy): string {
  const numbers = copy.items.flatMap((i) => (i.sectionNumber === null ? [] : [i.sectionNumber])).sort((a, b) => a - b);
  return paragraphSpan(numbers);
}

/** The date of approval as the protocol prints it, e.g. "27 augusti 2025". */
export const approvalDate = (copy: ApprovedCopy): string => formatSwedishDate(stockholmDateOf(copy.approvedAt));

function meetingFacts(copy: ApprovedCopy, approved: boolean, formal: boolean): Paragraph[] {
  const { meeting } = copy;
  const time = formatTimeRange(meeting.startTime, meeting.endTime);
  const present = copy.attendance.filter((a) => a.status !== 'absent');
  const absent = copy.attendance.filter((a) => a.status === 'absent');
  const range = sectionRange(copy);
  return [
    ...factLines(facts.date, [formatSwedishDateWithWeekday(meeting.date)]),
    ...factLines(facts.time, time ? [facts.clock(time)] : []),
    ...factLines(facts.place, meeting.place ? [meeting.place] : []),
    ...factLines(facts.present, present.map(attendeeLine)),
    ...factLines(facts.absent, absent.map((a) => a.name)),
    ...factLines(facts.others, copy.otherAttendees.map(otherAttendeeLine)),
    ...factLines(facts.chair, copy.chair ? [copy.chair.name] : []),
    ...factLines(facts.secretary, copy.secretary ? [copy.secretary.name] : []),
    ...factLines(facts.adjusters, formal && copy.adjusters.length > 0 ? [joinNames(copy.adjusters.map((a) => a.name))] : []),
    ...factLines(facts.sections, range ? [range] : []),
    ...factLines(facts.approved, formal && approved ? [approvalDate(copy)] : []),
  ];
}

const signer = (name: string | undefined, role: string) => (name ? sig.signer(name, role) : role);

/** "Vid protokollet" (the secretary) and "Justeras" (the chair and the adjusters). */
function signatureBlock(copy: ApprovedCopy, approved: boolean): Paragraph[] {
  const label = (text: string, before: number) => new Paragraph({ keepNext: true, spacing: { before }, children: [new TextRun({ text, bold: true })] });
  return [
    label(sig.atProtocol, 480),
    ...signatureLines([signer(copy.secretary?.name, sig.secretary)], true),
    label(sig.adjusted, 360),
    ...signatureLines([signer(copy.chair?.name, sig.chair), ...copy.adjusters.map((a) => signer(a.name, sig.adjuster))], approved),
    ...(approved ? [plain(sig.approvedOn(approvalDate(copy)))] : []),
  ];
}

export function buildProtocolDocument(model: ProtocolDocModel): Document {
  const { copy, status, corrections, variant } = model;
  const { meeting } = copy;
  const formal = meeting.kind === 'protocol';
  const approved = status === 'approved';
  const isPublic = variant === 'public';
  const trailing = unattachedCorrections(copy.items, corrections);

  const children: FileChild[] = [
    ...titleBlock(meeting.groupName, meetingKindLabel[meeting.kind]),
    ...meetingFacts(copy, approved, formal),
    ...(isPublic ? [plain(documentText.publicVersion, { italics: true })] : []),
    ...renderSections(copy.items, { corrections, hideConfidential: isPublic, instances: createListInstances(), groupName: meeting.groupName }),
    ...(formal ? signatureBlock(copy, approved) : []),
    ...(trailing.length > 0 ? [heading(2, documentText.correction.unattachedHeading), ...trailing.flatMap(correctionBlock)] : []),
  ];

  return createDocument({
    title: documentText.meta.protocol(meeting.kind, meeting.groupName, meeting.date),
    header: {
      left: meeting.groupName,
      right: documentText.header.kind(meeting.kind),
      below: documentText.header.meetingDate(formatSwedishDate(meeting.date)),
      draft: !approved,
    },
    footer: formal ? 'protocol' : 'pages',
    children,
  });
}
