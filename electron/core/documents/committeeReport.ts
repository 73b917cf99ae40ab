// Rapport till nämnd: for one committee and period, the decisions sent to it (those of protocols
// not yet approved listed without their text, marked "Ej justerat"), the actions that follow
// from them, overdue actions with their latest follow-up, the committee's mandates and when the
// goals were treated — and, as an appendix in the same document, the relevant §§ of approved
// protocols as certified extracts, exactly as a standalone extract prints them.
import { HeadingLevel, PageBreak, Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { formatSwedishDate } from '../../../shared/domain/swedishDates.ts';
import { committeeReportText as r, documentText } from '../../../shared/i18n/sv/documents.ts';
import { mandateStatusLabel } from '../../../shared/i18n/sv/registers.ts';
import { actionTable } from './actionList.ts';
import { afterTable, dashList, dataTable, factLines, heading, plain, textParagraphs, titleBlock, type Cell, type Column } from './blocks.ts';
import { extractChildren } from './extract.ts';
import type { ActionListRow, CommitteeReportDocModel, ReportTreatment } from './models.ts';
import { createListInstances } from './notes.ts';
import { createDocument } from './styles.ts';

type Model = CommitteeReportDocModel;
const dash = documentText.emptyCell;

/** A table, or the sentence that says there is nothing to show. */
const tableOr = (rows: readonly (readonly Cell[])[], columns: readonly Column[], empty: string): FileChild[] =>
  rows.length > 0 ? [dataTable(columns, rows), afterTable()] : [plain(empty)];

const treatmentLines = (treatments: readonly ReportTreatment[]): Cell =>
  treatments.length > 0 ? treatments.map((t) => r.treatment(t.date, t.groupName, t.sectionNumbers, t.approved)) : r.notTreated;

function summary(model: Model): Paragraph[] {
  const s = r.summary;
  const pending = model.decisions.filter((d) => !d.approved).length;
  const open = model.actions.filter((a) => a.status === 'not_started' || a.status === 'in_progress');
  return [
    heading(2, s.heading),
    ...dashList([
      s.decisions(model.decisions.length, pending),
      s.actions(model.actions.length, open.length, open.filter((a) => a.overdue).length, model.actions.length - open.length),
      s.overdue(model.overdue.length),
      s.mandates(model.mandates.length, model.mandates.filter((m) => m.treatments.length > 0).length),
      s.goals(model.goals.length, model.goals.filter((g) => g.treatments.length > 0).length),
    ]),
  ];
}

function decisions(model: Model): FileChild[] {
  const d = r.decisions;
  const withGroup = new Set(model.decisions.map((x) => x.groupName)).size > 1;
  const columns: Column[] = [
    { header: d.columns.decision, share: 0.19 },
    { header: d.columns.item, share: 0.22 },
    { header: d.columns.text, share: 0.44 },
    { header: d.columns.approval, share: 0.15 },
  ];
  const rows = model.decisions.map((x): Cell[] => {
    const ref = documentText.decisionRef(x.sectionNumber, x.meetingDate);
    const text = x.text === null ? d.pendingText : (x.text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) as string[]);
    return [withGroup ? [x.groupName, ref] : ref, x.itemTitle, text, x.approved ? d.approved : [{ bold: d.notApproved }]];
  });
  return [heading(2, d.heading), ...tableOr(rows, columns, d.empty)];
}

function actions(model: Model): FileChild[] {
  const a = r.actions;
  if (model.actions.length === 0) return [heading(2, a.heading), plain(a.empty)];
  return [heading(2, a.heading), plain(a.intro), actionTable(model.actions, 'compact'), afterTable()];
}

function overdue(model: Model): FileChild[] {
  const o = r.overdue;
  const withGroup = new Set(model.overdue.map((x) => x.groupName)).size > 1;
  const columns: Column[] = [
    { header: o.columns.decision, share: 0.18 },
    { header: o.columns.title, share: 0.27 },
    { header: o.columns.owner, share: 0.2 },
    { header: o.columns.due, share: 0.13 },
    { header: o.columns.latest, share: 0.22 },
  ];
  const rows = model.overdue.map((row: ActionListRow): Cell[] => {
    const ref = documentText.decisionRef(row.decidedInSection, row.decidedOn);
    const latest = row.latestFollowUp ? documentText.actionList.followUp(row.latestFollowUp.date, row.latestFollowUp.note) : o.notFollowedUp;
    return [withGroup ? [row.groupName, ref] : ref, row.title, row.organisationName ? [row.ownerName, row.organisationName] : row.ownerName, row.dueDate, latest];
  });
  return [heading(2, o.heading), plain(o.intro(model.to)), ...tableOr(rows, columns, o.empty)];
}

function mandates(model: Model): FileChild[] {
  const m = r.mandates;
  const columns: Column[] = [
    { header: m.columns.title, share: 0.34 },
    { header: m.columns.status, share: 0.14 },
    { header: m.columns.reportBack, share: 0.22 },
    { header: m.columns.treated, share: 0.3 },
  ];
  const rows = model.mandates.map((x): Cell[] => [[x.title, x.source], mandateStatusLabel[x.status], m.reportBack(x.reportBackDate, x.reportBackTo), treatmentLines(x.treatments)]);
  return [heading(2, m.heading), ...tableOr(rows, columns, m.empty)];
}

function goals(model: Model): FileChild[] {
  const g = r.goals;
  const columns: Column[] = [
    { header: g.columns.title, share: 0.35 },
    { header: g.columns.indicator, share: 0.3 },
    { header: g.columns.treated, share: 0.35 },
  ];
  const rows = model.goals.map((x): Cell[] => [x.title, x.indicator ?? dash, treatmentLines(x.treatments)]);
  return [heading(2, g.heading), ...tableOr(rows, columns, g.empty)];
}

/** The appendix: each extract on a page of its own, certified by whoever produces the report. */
function appendix(model: Model): FileChild[] {
  const a = r.appendix;
  const start = new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: true, children: [new TextRun(a.heading)] });
  if (model.extracts.length === 0) return [start, plain(a.empty)];
  const instances = createListInstances();
  return [
    start,
    plain(a.intro),
    ...dashList(model.extracts.map((x) => a.item(x.copy.meeting.groupName, x.copy.meeting.date, x.sections))),
    ...model.extracts.flatMap((x) => [
      new Paragraph({ children: [new PageBreak()] }),
      ...extractChildren(
        { copy: x.copy, corrections: x.corrections, sections: x.sections, recipientName: model.committeeName, certifiedBy: model.producedBy, certifiedOn: model.producedOn },
        { instances, titleLevel: 2 },
      ),
    ]),
  ];
}

export function buildCommitteeReportDocument(model: Model): Document {
  const period = r.period(formatSwedishDate(model.from), formatSwedishDate(model.to));
  const groups = [...new Set(model.decisions.map((d) => d.groupName))];
  const children: FileChild[] = [
    ...titleBlock(model.committeeName, r.title),
    ...factLines(r.facts.recipient, [model.committeeName]),
    ...factLines(r.facts.period, [period]),
    ...factLines(r.facts.groups, groups),
    ...factLines(r.facts.produced, [r.producedBy(model.producedBy.name, model.producedBy.title, formatSwedishDate(model.producedOn))]),
    ...textParagraphs(r.intro),
    ...summary(model),
    ...decisions(model),
    ...actions(model),
    ...overdue(model),
    ...mandates(model),
    ...goals(model),
    ...appendix(model),
  ];
  return createDocument({
    title: r.meta(model.committeeName, model.from, model.to),
    header: { left: model.committeeName, right: r.header, below: period, draft: false },
    footer: 'pages',
    children,
  });
}
