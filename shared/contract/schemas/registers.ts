// The mandate and goal registers: mandates (uppdrag) given to the committees, goals (mål) with
// indicators, their links to the agenda items, decisions and actions that treated them, and
// coverage — when each was last treated, with warnings the group lead must see.
import { z } from 'zod';
import { validationText as t } from '../../i18n/sv/validation.ts';
import { Id, optionalDate, optionalText, requiredText } from './fields.ts';

export const mandateStatuses = ['active', 'reported', 'completed', 'cancelled'] as const;
export const MandateStatus = z.enum(mandateStatuses, { error: t.invalidChoice });
export type MandateStatus = z.infer<typeof MandateStatus>;

const text = z.string().nullable();

// ---- Mandates

export const MandateFields = z.object({
  title: requiredText(300),
  description: optionalText(4000),
  /** Where it was given, as written in the municipal documents: "KF 2023-06-14 § 99". */
  source: requiredText(200),
  /** The committees (organisations) it is assigned to. */
  assigneeIds: z.array(Id).max(50).default([]),
  reportBackDate: optionalDate,
  /** Whom it is reported back to, as text: "Socialnämnden och barn- och utbildningsnämnden". */
  reportBackTo: optionalText(300),
  status: MandateStatus.default('active'),
});
export const MandateUpdate = z.object({
  id: Id,
  title: requiredText(300).optional(),
  description: optionalText(4000).optional(),
  source: requiredText(200).optional(),
  assigneeIds: z.array(Id).max(50).optional(),
  reportBackDate: optionalDate.optional(),
  reportBackTo: optionalText(300).optional(),
  status: MandateStatus.optional(),
});
export const MandateListInput = z.object({
  /** Only mandates assigned to this organisation (e.g. for a report to one committee). */
  organisationId: Id.optional(),
  statuses: z.array(MandateStatus).optional(),
});

export const MandateAssignee = z.object({ id: z.string(), name: z.string(), shortName: text });

export const Mandate = z.object({
  id: z.string(),
  title: z.string(),
  description: text,
  source: z.string(),
  assignees: z.array(MandateAssignee),
  reportBackDate: text,
  reportBackTo: text,
  status: MandateStatus,
  /** Agenda items, decisions and actions linked to it. */
  linkCount: z.number().int(),
});
export type Mandate = z.infer<typeof Mandate>;

// ---- Goals

const periodIsOrdered = (v: { periodStart?: string | null; periodEnd?: string | null }) => !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd;

const goalFields = {
  title: requiredText(300),
  description: optionalText(4000),
  /** What is measured: "Andel elever med mer än 15 % frånvaro". */
  indicator: optionalText(1000),
  /** The target value: "Minska med minst två procentenheter". */
  target: optionalText(1000),
  periodStart: optionalDate,
  periodEnd: optionalDate,
  source: optionalText(200),
};
export const GoalFields = z.object(goalFields).refine(periodIsOrdered, { error: t.validToBeforeFrom, path: ['periodEnd'] });
export const GoalUpdate = z
  .object(goalFields)
  .partial()
  .extend({ id: Id })
  .refine(periodIsOrdered, { error: t.validToBeforeFrom, path: ['periodEnd'] });

export const Goal = z.object({
  id: z.string(),
  title: z.string(),
  description: text,
  indicator: text,
  target: text,
  periodStart: text,
  periodEnd: text,
  source: text,
  linkCount: z.number().int(),
});
export type Goal = z.infer<typeof Goal>;

// ---- Links

/** What a mandate or goal is linked to: exactly one agenda item, decision or action. */
export const RegisterTarget = z.union(
  [z.object({ agendaItemId: Id }).strict(), z.object({ decisionId: Id }).strict(), z.object({ actionId: Id }).strict()],
  { error: t.invalidInput },
);
export type RegisterTarget = z.infer<typeof RegisterTarget>;

/** Replaces the target's links with exactly these mandates and goals. */
export const RegisterLinksSet = z.object({
  target: RegisterTarget,
  mandateIds: z.array(Id).max(200).default([]),
  goalIds: z.array(Id).max(200).default([]),
});
export const RegisterLinksForTarget = z.object({ target: RegisterTarget });

export const RegisterLinks = z.object({
  target: RegisterTarget,
  mandates: z.array(z.object({ id: z.string(), title: z.string(), source: z.string(), status: MandateStatus })),
  goals: z.array(z.object({ id: z.string(), title: z.string() })),
});
export type RegisterLinks = z.infer<typeof RegisterLinks>;

// ---- Coverage

export const CoverageInput = z.object({ groupId: Id.optional() });

/** The latest held meeting that treated a mandate or goal, and the §§ it was treated under. */
export const Treatment = z.object({
  date: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  meetingId: z.string(),
  sectionNumbers: z.array(z.number().int()),
});
export type Treatment = z.infer<typeof Treatment>;

export const CoverageWarnings = z.object({
  /** Monitored, and not treated within the group's set period (coverage_warning_months). */
  notTreated: z.boolean(),
  /** An active mandate's report-back date is today or within 30 days. */
  reportBackSoon: z.boolean(),
  /** An active mandate's report-back date has passed. */
  reportBackPassed: z.boolean(),
});
export type CoverageWarnings = z.infer<typeof CoverageWarnings>;

const coverageEntry = {
  id: z.string(),
  title: z.string(),
  lastTreated: Treatment.nullable(),
  /** Days from the last treatment to today (Europe/Stockholm). */
  daysSinceTreated: z.number().int().nullable(),
  /** How many held meetings treated it. */
  treatedMeetings: z.number().int(),
  /** Whether it must be treated regularly: an active mandate, a goal whose period includes today. */
  monitored: z.boolean(),
  warnings: CoverageWarnings,
};

export const MandateCoverage = z.object({
  ...coverageEntry,
  source: z.string(),
  status: MandateStatus,
  reportBackDate: text,
  /** Days from today to the report-back date; negative once it has passed. */
  reportBackInDays: z.number().int().nullable(),
});
export type MandateCoverage = z.infer<typeof MandateCoverage>;

export const GoalCoverage = z.object({ ...coverageEntry, periodStart: text, periodEnd: text });
export type GoalCoverage = z.infer<typeof GoalCoverage>;

export const RegisterCoverage = z.object({
  today: z.string(),
  /** The group whose meetings count, or null for all groups. */
  groupId: text,
  /** The set period in months; null when all groups count and their periods differ. */
  periodMonths: z.number().int().nullable(),
  mandates: z.array(MandateCoverage),
  goals: z.array(GoalCoverage),
});
export type RegisterCoverage = z.infer<typeof RegisterCoverage>;

/** Days ahead in which an active mandate's report-back date raises a warning. */
export const reportBackWarningDays = 30;
