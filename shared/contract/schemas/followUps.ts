// Follow-through of action items: their current state, the follow-up entries recorded in
// meetings, the action register's query, and the follow-up item of a meeting.
import { z } from 'zod';
import { validationText as t } from '../../i18n/sv/validation.ts';
import { OwnerRef } from './approvedCopy.ts';
import { ActionStatus } from './codes.ts';
import { ActionOwner } from './decisions.ts';
import { Id, optionalDate, optionalId, optionalText } from './fields.ts';

const text = z.string().nullable();

/** An action as the register shows it: where it was decided and its state now. */
export const RegisterRow = z.object({
  actionId: z.string(),
  title: z.string(),
  note: text,
  groupId: z.string(),
  groupName: z.string(),
  meetingId: z.string(),
  decidedOn: z.string(),
  sectionNumber: z.number().int().nullable(),
  agendaItemId: z.string(),
  decisionId: z.string(),
  status: ActionStatus,
  dueDate: z.string(),
  originalDueDate: z.string(),
  owner: OwnerRef,
  lastFollowUpOn: text,
  latestNote: text,
  closedOn: text,
  followUpCount: z.number().int(),
  /** Derived, never stored: due before today (Europe/Stockholm) and neither done nor cancelled. */
  overdue: z.boolean(),
  /** Held meetings of the group since the decision or the last progress, while open. */
  carriesWithoutProgress: z.number().int(),
  /** Carried forward the group's set number of times without progress: needs a choice. */
  stale: z.boolean(),
  /** Days from the decision's meeting to today, or to the day it closed. */
  ageDays: z.number().int(),
});
export type RegisterRow = z.infer<typeof RegisterRow>;

export const FollowUpEntry = z.object({
  id: z.string(),
  actionId: z.string(),
  meetingId: text,
  /** The group of that meeting (the deciding or the owning group), for links to it. */
  meetingGroupId: text,
  meetingDate: text,
  /** The § of the follow-up item in that meeting. */
  sectionNumber: z.number().int().nullable(),
  date: z.string(),
  status: ActionStatus,
  note: text,
  newDueDate: text,
  dueDateReason: text,
  newOwner: OwnerRef.nullable(),
  escalatedTo: text,
  /** True when the entry changed status, due date or owner. */
  progress: z.boolean(),
  recordedByName: z.string(),
  recordedByTitle: text,
  createdAt: z.string(),
});
export type FollowUpEntry = z.infer<typeof FollowUpEntry>;

const closing = (status: string) => status === 'done' || status === 'cancelled';

export const FollowUpRecord = z
  .object({
    actionId: Id,
    /** The meeting whose follow-up item records it. */
    meetingId: Id,
    status: ActionStatus,
    /** Short note; for closing, what was done and the effect. */
    note: optionalText(2000),
    newDueDate: optionalDate,
    dueDateReason: optionalText(1000),
    newOwner: ActionOwner.nullish().transform((v) => v ?? null),
    /** Escalation of a stale action: to whom, e.g. "Styrgruppens ordförande" or a committee. */
    escalatedTo: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (closing(v.status) && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: t.closureNoteMissing });
    if (v.newDueDate && !v.dueDateReason) ctx.addIssue({ code: 'custom', path: ['dueDateReason'], message: t.dueDateReasonMissing });
    if (v.escalatedTo && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: t.escalationNoteMissing });
  });

export const FollowUpWithdraw = z.object({ id: Id });

export const MeetingFollowUpRow = RegisterRow.extend({
  /** This meeting's entry for the action, if recorded. */
  entry: FollowUpEntry.nullable(),
  /** Closed since the group's previous meeting: listed for confirmation. */
  closedSincePrevious: z.boolean(),
});
export type MeetingFollowUpRow = z.infer<typeof MeetingFollowUpRow>;

export const MeetingFollowUps = z.object({
  meetingId: z.string(),
  /** The meeting's "Uppföljning av beslut och uppdrag" item, if it has one. */
  agendaItemId: text,
  staleAfterCarries: z.number().int(),
  rows: z.array(MeetingFollowUpRow),
});
export type MeetingFollowUps = z.infer<typeof MeetingFollowUps>;

export const ActionHistory = z.object({ action: RegisterRow, entries: z.array(FollowUpEntry) });
export type ActionHistory = z.infer<typeof ActionHistory>;

export const registerSorts = ['due', 'age', 'owner'] as const;

export const RegisterQuery = z.object({
  groupId: optionalId,
  ownerPersonId: optionalId,
  organisationId: optionalId,
  /** 'open' means not started or in progress. */
  status: z.union([ActionStatus, z.literal('open')], { error: t.invalidChoice }).nullish().transform((v) => v ?? null),
  overdueOnly: z.boolean({ error: t.invalidInput }).default(false),
  dueWithinDays: z.number({ error: t.invalidDays }).int({ error: t.invalidDays }).min(0, { error: t.invalidDays }).max(3650, { error: t.invalidDays }).nullish().transform((v) => v ?? null),
  text: optionalText(200),
  sort: z.enum(registerSorts, { error: t.invalidChoice }).default('due'),
  descending: z.boolean({ error: t.invalidInput }).default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type RegisterQuery = z.output<typeof RegisterQuery>;

export const RegisterPage = z.object({ total: z.number().int(), rows: z.array(RegisterRow) });
export type RegisterPage = z.infer<typeof RegisterPage>;
