// The group lead's dashboard (Översikt) and the report to a committee. Every figure is counted
// from the database as it stands: actions of held meetings (draft, for approval, approved), their
// current state (action_state) and their follow-up history; "today" is the date in Stockholm.
import { z } from 'zod';
import { validationText as t } from '../../i18n/sv/validation.ts';
import { ActionStatus, MeetingStatus } from './codes.ts';
import { Id, IsoDate } from './fields.ts';
import { RegisterCoverage } from './registers.ts';

const text = z.string().nullable();
const count = z.number().int();

/** One group (its decisions, and actions it decided or owns), or all groups when left out. */
export const DashboardInput = z.object({ groupId: Id.optional() });

/** Open (not started or in progress), overdue (open and past the current due date) and closed (done or cancelled). */
const figures = { open: count, overdue: count, closed: count };

/** Actions by the owner's organisation; organisationId null: owned by a group. */
export const OrganisationFigures = z.object({ organisationId: text, organisationName: text, ...figures });
export type OrganisationFigures = z.infer<typeof OrganisationFigures>;

/** Actions by owner: a person (for an organisation) or a group. */
export const OwnerFigures = z.object({
  ownerKind: z.enum(['person', 'group']),
  ownerId: z.string(),
  ownerName: z.string(),
  /** The organisation the person answers for; null for a group. */
  organisationName: text,
  ...figures,
});
export type OwnerFigures = z.infer<typeof OwnerFigures>;

export const OpenActionRow = z.object({
  actionId: z.string(),
  title: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  meetingId: z.string(),
  decidedOn: z.string(),
  sectionNumber: z.number().int().nullable(),
  ownerName: z.string(),
  organisationName: text,
  dueDate: z.string(),
  status: ActionStatus,
  overdue: z.boolean(),
  /** Days from the decision's meeting to today. */
  ageDays: count,
});
export type OpenActionRow = z.infer<typeof OpenActionRow>;

/** A decision (type "beslut", in a matter) with the meeting and § it was made in. */
export const DecisionRef = z.object({
  decisionId: z.string(),
  text: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  meetingId: z.string(),
  meetingDate: z.string(),
  meetingStatus: MeetingStatus,
  sectionNumber: z.number().int().nullable(),
  itemTitle: z.string(),
});
export type DecisionRef = z.infer<typeof DecisionRef>;

/** How many there are, and the most recent of them (at most `decisionListLimit`). */
export const DecisionList = z.object({ count, rows: z.array(DecisionRef) });
export const decisionListLimit = 100;

/**
 * A group's latest held meeting: the actions open when it began (decided before it and not
 * closed by a follow-up dated before it) and how many of them got a follow-up entry in it.
 */
export const FollowUpRate = z.object({
  groupId: z.string(),
  groupName: z.string(),
  /** Null when the group has held no meeting. */
  meetingId: text,
  meetingDate: text,
  openAtStart: count,
  followedUp: count,
  /** followedUp / openAtStart, 0–1; null when nothing was open. */
  rate: z.number().nullable(),
});
export type FollowUpRate = z.infer<typeof FollowUpRate>;

/** One calendar month of the trend. */
export const TrendMonth = z.object({
  /** YYYY-MM. */
  month: z.string(),
  /** Actions decided in the month. */
  opened: count,
  /** Actions whose closing follow-up is dated in the month (as they stand now). */
  closed: count,
  /** Open and past their due date at the end of the month, as the follow-ups stood then. */
  overdueAtMonthEnd: count,
  /** The day overdue is counted on: the month's last day, or today in the current month. */
  asOf: z.string(),
});
export type TrendMonth = z.infer<typeof TrendMonth>;

export const CoverageSummary = z.object({
  mandates: count,
  monitoredMandates: count,
  mandatesNotTreated: count,
  reportBackSoon: count,
  reportBackPassed: count,
  goals: count,
  monitoredGoals: count,
  goalsNotTreated: count,
});
export type CoverageSummary = z.infer<typeof CoverageSummary>;

export const Dashboard = z.object({
  today: z.string(),
  groupId: text,
  openActions: count,
  overdueActions: count,
  closedActions: count,
  doneActions: count,
  cancelledActions: count,
  /** Median of (closing follow-up's date − decision's meeting date) in days over closed actions; null if none. */
  medianDaysToClosure: z.number().nullable(),
  byOrganisation: z.array(OrganisationFigures),
  byOwner: z.array(OwnerFigures),
  /** The ten open actions decided longest ago. */
  oldestOpenActions: z.array(OpenActionRow),
  decisionsWithoutAction: DecisionList,
  decisionsWithoutRecipient: DecisionList,
  /** Over the groups' latest held meetings: all follow-up entries / all actions open at their start; null if none. */
  followUpRate: z.number().nullable(),
  followUpByGroup: z.array(FollowUpRate),
  coverage: RegisterCoverage,
  coverageSummary: CoverageSummary,
  /** The last twelve months, oldest first, ending with the current month. */
  trend: z.array(TrendMonth),
});
export type Dashboard = z.infer<typeof Dashboard>;

/** Rapport till nämnd: one organisation (a committee) and a period. */
export const CommitteeReportInput = z
  .object({ organisationId: Id, from: IsoDate, to: IsoDate })
  .refine((v) => v.from <= v.to, { error: t.validToBeforeFrom, path: ['to'] });
