// Rapport till nämnd. Decisions, and the §§ in the appendix, come from approved protocols' frozen
// copies only; a decision in a protocol not yet approved is listed as "Ej justerat", without its
// text. Actions are shown as they stand today (action_state). The report is recorded in the
// expediering log, and each meeting's extract in that meeting's log, as sent to the committee.
import type { GeneratedFile, ParsedInput, RegisterRow } from '../../../../shared/contract/index.ts';
import { committeeReportText as r, documentText } from '../../../../shared/i18n/sv/documents.ts';
import { exportText } from '../../../../shared/i18n/sv/exports.ts';
import { buildCommitteeReportDocument } from '../../documents/committeeReport.ts';
import type { ActionListRow, CommitteeReportDocModel, ProtocolDocModel, ReportTreatment } from '../../documents/models.ts';
import { decisionsSentTo, overdueActionIds, treatmentsBetween, type TreatmentInPeriod } from '../../repositories/committeeReport.ts';
import { registerRowsOf } from '../../repositories/register.ts';
import { currentActor, today, type ServiceContext } from '../context.ts';
import { toRegisterRow } from '../followUps.ts';
import { requireOrganisation } from '../organisations.ts';
import { listGoals, listMandates } from '../registers.ts';
import { docxFile, logSendings, type Sending } from './generatedFile.ts';
import { protocolModel } from './protocolExport.ts';

const confidentialLine = documentText.section.confidential(null);

function actionListRow(row: RegisterRow): ActionListRow {
  return {
    groupName: row.groupName,
    decidedOn: row.decidedOn,
    decidedInSection: row.sectionNumber,
    title: row.title,
    ownerName: row.owner.personName ?? row.owner.groupName ?? documentText.emptyCell,
    organisationName: row.owner.personName ? row.owner.organisationName : null,
    dueDate: row.dueDate,
    status: row.status,
    overdue: row.overdue,
    latestFollowUp: row.lastFollowUpOn ? { date: row.lastFollowUpOn, note: row.latestNote } : null,
  };
}

/** Each meeting's treatments, one line a meeting with its §§. */
function treatmentsOf(rows: readonly TreatmentInPeriod[]): ReportTreatment[] {
  const byMeeting = new Map<string, ReportTreatment & { sectionNumbers: number[] }>();
  for (const row of rows) {
    const entry = byMeeting.get(row.meetingId) ?? { date: row.date, groupName: row.groupName, sectionNumbers: [], approved: row.meetingStatus === 'approved' };
    if (row.sectionNumber !== null && !entry.sectionNumbers.includes(row.sectionNumber)) entry.sectionNumbers.push(row.sectionNumber);
    byMeeting.set(row.meetingId, entry);
  }
  return [...byMeeting.values()].map((t) => ({ ...t, sectionNumbers: t.sectionNumbers.sort((a, b) => a - b) }));
}

export function committeeReportModel(ctx: ServiceContext, { organisationId, from, to }: ParsedInput<'documents.committeeReport'>): CommitteeReportDocModel {
  const committee = requireOrganisation(ctx, organisationId);
  const producedOn = today(ctx);
  // All actions in one statement each, not one look-up per action.
  const actionRows = (actionIds: readonly string[]) => registerRowsOf(ctx.db, actionIds, producedOn).map((row) => actionListRow(toRegisterRow(row, producedOn)));

  const copies = new Map<string, ProtocolDocModel>();
  const copyOf = (meetingId: string) => copies.get(meetingId) ?? copies.set(meetingId, protocolModel(ctx, meetingId, 'full')).get(meetingId)!;
  /** The §§ of each approved meeting that go into the appendix. */
  const appendix = new Map<string, Set<number>>();
  const addSection = (meetingId: string, section: number | null) => {
    if (section !== null) appendix.set(meetingId, (appendix.get(meetingId) ?? new Set()).add(section));
  };

  const decisions: CommitteeReportDocModel['decisions'][number][] = [];
  const actionIds: string[] = [];
  for (const sent of decisionsSentTo(ctx.db, organisationId, from, to)) {
    const base = { groupName: sent.groupName, meetingDate: sent.meetingDate };
    if (sent.meetingStatus !== 'approved') {
      decisions.push({ ...base, sectionNumber: sent.sectionNumber, itemTitle: sent.confidential ? confidentialLine : sent.itemTitle, text: null, approved: false });
      continue;
    }
    const item = copyOf(sent.meetingId).copy.items.find((i) => i.id === sent.agendaItemId)!;
    const decision = item.decisions.find((d) => d.id === sent.decisionId)!;
    addSection(sent.meetingId, item.sectionNumber);
    if (item.confidential) {
      decisions.push({ ...base, sectionNumber: item.sectionNumber, itemTitle: confidentialLine, text: documentText.emptyCell, approved: true });
      continue;
    }
    decisions.push({ ...base, sectionNumber: item.sectionNumber, itemTitle: item.title, text: decision.text, approved: true });
    actionIds.push(...decision.actions.map((a) => a.id));
  }

  const treatments = treatmentsBetween(ctx.db, from, to);
  const mandates = listMandates(ctx, { organisationId }).map((m) => {
    const rows = treatments.filter((t) => t.mandateId === m.id);
    rows.filter((t) => t.meetingStatus === 'approved').forEach((t) => addSection(t.meetingId, t.sectionNumber));
    const { title, source, status, reportBackDate, reportBackTo } = m;
    return { title, source, status, reportBackDate, reportBackTo, treatments: treatmentsOf(rows) };
  });
  // Goals whose period overlaps the report's (an open end overlaps everything).
  const goals = listGoals(ctx)
    .filter((g) => (!g.periodStart || g.periodStart <= to) && (!g.periodEnd || g.periodEnd >= from))
    .map((g) => ({ title: g.title, indicator: g.indicator, treatments: treatmentsOf(treatments.filter((t) => t.goalId === g.id)) }));

  const extracts = [...appendix].map(([meetingId, sections]) => {
    const { copy, corrections } = copyOf(meetingId);
    const inOrder = copy.items.flatMap((i) => (i.sectionNumber !== null && sections.has(i.sectionNumber) ? [i.sectionNumber] : []));
    return { copy, corrections, sections: inOrder };
  });
  extracts.sort((a, b) => a.copy.meeting.date.localeCompare(b.copy.meeting.date) || a.copy.meeting.groupName.localeCompare(b.copy.meeting.groupName, 'sv'));

  return {
    committeeName: committee.name,
    from,
    to,
    decisions,
    actions: actionRows(actionIds),
    overdue: actionRows(overdueActionIds(ctx.db, organisationId, to, producedOn)),
    mandates,
    goals,
    extracts,
    producedBy: currentActor(ctx),
    producedOn,
  };
}

export async function exportCommitteeReport(ctx: ServiceContext, input: ParsedInput<'documents.committeeReport'>): Promise<GeneratedFile> {
  const model = committeeReportModel(ctx, input);
  const file = await docxFile(buildCommitteeReportDocument(model), r.fileName(model.committeeName, model.from, model.to));
  const sending = { recipientOrganisationId: input.organisationId, recipientGroupId: null, recipientText: null, fileName: file.fileName };
  const sendings: Sending[] = [
    { ...sending, meetingId: null, documentKind: 'committee_report', description: r.log(model.committeeName, model.from, model.to), sections: [] },
    ...model.extracts.map((x) => ({
      ...sending,
      meetingId: x.copy.meeting.id,
      documentKind: 'extract' as const,
      description: r.logExtract(exportText.log.extract(x.sections)),
      sections: x.sections,
    })),
  ];
  logSendings(ctx, sendings);
  return file;
}
