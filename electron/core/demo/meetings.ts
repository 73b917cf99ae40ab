// Writes the demo meetings of one group: held meetings with attendance, numbered sections,
// decisions, actions and follow-ups (approved last, since approval locks the protocol),
// and planned or cancelled meetings with the standing agenda only.
import type { ActionStatus, MeetingStatus } from '../../../shared/contract/index.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { standingItemKinds, type AgendaItemKind } from '../../../shared/domain/agenda.ts';
import { standingItemTitle } from '../../../shared/i18n/sv/agenda.ts';
import { insertAction, type ActionOwner } from '../repositories/actions.ts';
import { insertAgendaItem, insertBasisDocument } from '../repositories/agenda.ts';
import { markMeetingApproved, readApprovalSnapshot } from '../repositories/approval.ts';
import { insertAttendance, insertOtherAttendee, linkOtherAttendeeToItem } from '../repositories/attendance.ts';
import { insertDecision, insertDecisionRecipient, type DecisionType } from '../repositories/decisions.ts';
import { insertFollowUp } from '../repositories/followUps.ts';
import { insertMeeting, replaceAdjusters, updateMeeting } from '../repositories/meetings.ts';
import { insertRegisterLink, type RegisterLinkInsert } from '../repositories/registers.ts';
import { mattersByGroup, type ActionTemplate, type MatterTemplate, type OwnerRef, type RegisterRef } from './content/matters.ts';
import { followUpNotes, standing } from './content/phrases.ts';
import { people, type GroupSetup, type PersonKey } from './content/setup.ts';
import type { ScheduledMeeting } from './schedule.ts';
import { membershipsOn, takeSectionNumber, type DemoMembership, type DemoState } from './state.ts';

type HeldStatus = Extract<MeetingStatus, 'draft' | 'for_approval' | 'approved'>;

const personContent = (key: PersonKey) => {
  const person = people.find((p) => p.key === key);
  if (!person) throw new Error(`demo person ${key} missing`);
  return person;
};

/** The ProseMirror/TipTap document the notes editor stores. */
export function notesDocument(paragraphs: readonly string[]): string {
  return JSON.stringify({
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  });
}

function ownerIds(state: DemoState, owner: OwnerRef): ActionOwner {
  if ('group' in owner) return { groupId: state.groupId[owner.group] };
  return { personId: state.personId[owner.person], organisationId: state.orgId[personContent(owner.person).org] };
}

function link(state: DemoState, ref: RegisterRef, target: RegisterLinkInsert['target']): void {
  const register = 'mandate' in ref ? { mandateId: state.mandateId[ref.mandate] } : { goalId: state.goalId[ref.goal] };
  insertRegisterLink(state.db, { id: state.newId(), register, target });
}

/** Who is chair and secretary of the group on the date. */
function officers(state: DemoState, group: GroupSetup, date: string): { chair: DemoMembership | undefined; secretary: DemoMembership | undefined } {
  const valid = membershipsOn(state, group.key, date);
  return { chair: valid.find((m) => m.role === 'chair'), secretary: valid.find((m) => m.role === 'secretary') };
}

function insertStandingAgenda(state: DemoState, meetingId: string): void {
  standingItemKinds.forEach((kind, index) =>
    insertAgendaItem(state.db, { id: state.newId(), meetingId, position: index + 1, title: standingItemTitle[kind], kind, sectionNumber: null }, state.at),
  );
}

/** A planned meeting (or one planned and then cancelled): the standing agenda, no § numbers. */
export function writeUnheldMeeting(state: DemoState, group: GroupSetup, meeting: ScheduledMeeting, status: 'planned' | 'cancelled'): string {
  const id = state.newId();
  const { db, at } = state;
  insertMeeting(db, id, { groupId: state.groupId[group.key], ...meeting, kind: group.meetingKind, status: 'planned' }, at);
  const { chair, secretary } = officers(state, group, meeting.date);
  updateMeeting(db, id, { chairPersonId: chair ? state.personId[chair.person] : null, secretaryPersonId: secretary ? state.personId[secretary.person] : null }, at);
  insertStandingAgenda(state, id);
  state.log({ entity: 'meeting', entityId: id, operation: 'create', data: { groupId: state.groupId[group.key], date: meeting.date, status: 'planned' } });
  if (status === 'cancelled') {
    updateMeeting(db, id, { status: 'cancelled' }, at);
    state.log({ entity: 'meeting', entityId: id, operation: 'update', data: { status: 'cancelled', note: standing.cancelledNote } });
  }
  return id;
}

type AttendancePlan = { present: DemoMembership[]; substitutes: { member: DemoMembership; replaces: DemoMembership }[]; absent: DemoMembership[] };

function planAttendance(state: DemoState, group: GroupSetup, date: string, forceSubstitute: boolean): AttendancePlan {
  const valid = membershipsOn(state, group.key, date);
  const regulars = valid.filter((m) => m.role !== 'substitute');
  const available = valid.filter((m) => m.role === 'substitute');
  const plan: AttendancePlan = { present: [], substitutes: [], absent: [] };
  let forced = !forceSubstitute;
  for (const member of regulars) {
    const mayBeAbsent = member.role !== 'chair' && member.role !== 'secretary';
    const substitute = available.find((s) => s.org === member.org);
    const absent = mayBeAbsent && (state.rng.chance(0.15) || (!forced && substitute !== undefined));
    if (!absent) {
      plan.present.push(member);
      continue;
    }
    plan.absent.push(member);
    if (substitute) {
      forced = true;
      available.splice(available.indexOf(substitute), 1);
      plan.substitutes.push({ member: substitute, replaces: member });
    }
  }
  return plan;
}

function writeAttendance(state: DemoState, meetingId: string, plan: AttendancePlan): void {
  const row = (m: DemoMembership, status: 'present' | 'absent' | 'substitute', replaces: DemoMembership | null) =>
    insertAttendance(state.db, {
      id: state.newId(),
      meetingId,
      personId: state.personId[m.person],
      organisationId: state.orgId[m.org],
      role: m.role,
      status,
      substituteForPersonId: replaces ? state.personId[replaces.person] : null,
    });
  plan.present.forEach((m) => row(m, 'present', null));
  plan.substitutes.forEach(({ member, replaces }) => row(member, 'substitute', replaces));
  plan.absent.forEach((m) => row(m, 'absent', null));
}

/** The state of one held meeting while its items are written. */
type ItemWriter = {
  meetingId: string;
  date: string;
  position: number;
  otherAttendees: number;
};

function writeDecision(state: DemoState, itemId: string, position: number, text: string, type: DecisionType): string {
  const id = state.newId();
  insertDecision(state.db, { id, agendaItemId: itemId, position, text, type }, state.at);
  state.log({ entity: 'decision', entityId: id, operation: 'create', data: { agendaItemId: itemId, text, type } });
  return id;
}

function writeAction(state: DemoState, group: GroupSetup, decisionId: string, position: number, template: ActionTemplate, date: string): void {
  const id = state.newId();
  const owner = ownerIds(state, template.owner);
  const dueDate = addDays(date, template.dueDays);
  insertAction(state.db, { id, decisionId, position, title: template.title, owner, dueDate }, state.at);
  state.log({ entity: 'action', entityId: id, operation: 'create', data: { decisionId, title: template.title, dueDate } });
  template.links?.forEach((ref) => link(state, ref, { actionId: id }));
  state.openActions.push({ id, group: group.key, decidedOn: date, due: dueDate, status: 'not_started', stuck: template.stuck ?? false, followUps: 0, owner });
}

function writeMatter(state: DemoState, group: GroupSetup, writer: ItemWriter, matter: MatterTemplate): void {
  const { db, at, rng } = state;
  const itemId = state.newId();
  insertAgendaItem(
    db,
    {
      id: itemId,
      meetingId: writer.meetingId,
      position: ++writer.position,
      title: matter.title,
      kind: 'matter',
      sectionNumber: takeSectionNumber(state, group.key, writer.date),
      description: matter.description,
      presenterPersonId: state.personId[matter.presenter],
      notesJson: notesDocument(matter.notes),
      confidential: matter.confidential ?? false,
    },
    at,
  );
  matter.basis.forEach((doc, index) => {
    const docDate = addDays(writer.date, -doc.daysBefore);
    insertBasisDocument(db, {
      id: state.newId(),
      agendaItemId: itemId,
      position: index + 1,
      title: `${doc.title}, ${docDate}`,
      reference: doc.series ? `${doc.series} ${docDate.slice(0, 4)}/${rng.int(100, 999)}` : null,
    });
  });
  matter.links?.forEach((ref) => link(state, ref, { agendaItemId: itemId }));
  matter.decisions.forEach((template, index) => {
    const decisionId = writeDecision(state, itemId, index + 1, `${group.subject} ${template.text}`, template.type);
    template.recipients?.forEach((recipient) =>
      insertDecisionRecipient(db, decisionId, 'org' in recipient ? { organisationId: state.orgId[recipient.org] } : { groupId: state.groupId[recipient.group] }),
    );
    template.links?.forEach((ref) => link(state, ref, { decisionId }));
    template.actions?.forEach((action, actionIndex) => writeAction(state, group, decisionId, actionIndex + 1, action, writer.date));
  });
  if (matter.guest) {
    const guest = personContent(matter.guest);
    const otherId = state.newId();
    const organisationName = state.orgName[guest.org];
    insertOtherAttendee(db, { id: otherId, meetingId: writer.meetingId, name: guest.name, title: guest.title, organisationName, position: ++writer.otherAttendees });
    linkOtherAttendeeToItem(db, otherId, itemId);
  }
}

/** The group's matters in order; once all are treated, only the recurring reports come back. */
function nextMatter(state: DemoState, group: GroupSetup, pool: readonly MatterTemplate[]): MatterTemplate {
  const index = state.matterCursor[group.key]++;
  const recurring = pool.filter((m) => m.repeatable);
  const matter = index < pool.length ? pool[index] : recurring[(index - pool.length) % Math.max(recurring.length, 1)];
  if (!matter) throw new Error(`demo group ${group.key} has no recurring matter`);
  return matter;
}

/** Follows up every open action the group decided at an earlier meeting. */
function writeFollowUps(state: DemoState, group: GroupSetup, writer: ItemWriter, itemId: string, recordedBy: { name: string; title: string }): void {
  const { rng } = state;
  for (const action of state.openActions) {
    if (action.group !== group.key || action.decidedOn >= writer.date || action.status === 'done' || action.status === 'cancelled') continue;
    let status: ActionStatus;
    let note: string | null;
    let newDueDate: string | null = null;
    if (action.stuck) {
      status = 'in_progress';
      note = action.followUps === 0 ? followUpNotes.inProgress[1] : rng.pick(followUpNotes.stuck);
    } else if (writer.date >= addDays(action.due, -10)) {
      const r = rng.next();
      if (r < 0.7) {
        status = 'done';
        note = rng.pick(followUpNotes.done);
      } else if (r < 0.8) {
        status = 'cancelled';
        note = rng.pick(followUpNotes.cancelled);
      } else {
        status = 'in_progress';
        newDueDate = addDays(writer.date, 42);
        note = followUpNotes.postponed;
      }
    } else {
      status = action.status === 'not_started' && rng.chance(0.4) ? 'not_started' : 'in_progress';
      note = status === 'in_progress' ? rng.pick(followUpNotes.inProgress) : null;
    }
    const id = state.newId();
    insertFollowUp(
      state.db,
      {
        id,
        actionId: action.id,
        meetingId: writer.meetingId,
        agendaItemId: itemId,
        date: writer.date,
        status,
        note,
        newDueDate,
        recordedByName: recordedBy.name,
        recordedByTitle: recordedBy.title,
      },
      state.at,
    );
    state.log({ entity: 'follow_up', entityId: id, operation: 'create', data: { actionId: action.id, status, note, newDueDate } });
    action.status = status;
    action.followUps += 1;
    if (newDueDate) action.due = newDueDate;
  }
}

export type HeldMeetingContext = {
  status: HeldStatus;
  /** The group's previous held meeting, for "Föregående protokoll". */
  previous: { id: string; date: string } | null;
  /** The next scheduled meeting, for "Nästa möte". */
  next: ScheduledMeeting | null;
  /** Makes sure a member is replaced by a substitute at this meeting. */
  forceSubstitute: boolean;
};

/** A held meeting with its full content; approved last when its status says so. */
export function writeHeldMeeting(state: DemoState, group: GroupSetup, meeting: ScheduledMeeting, context: HeldMeetingContext): string {
  const { db, at, rng } = state;
  const id = state.newId();
  const groupId = state.groupId[group.key];
  insertMeeting(db, id, { groupId, ...meeting, kind: group.meetingKind, status: 'draft' }, at);

  const plan = planAttendance(state, group, meeting.date, context.forceSubstitute);
  const { chair, secretary } = officers(state, group, meeting.date);
  if (!chair || !secretary) throw new Error(`demo group ${group.key} lacks a chair or secretary on ${meeting.date}`);
  const candidates = plan.present.filter((m) => m.role === 'member' || m.role === 'vice_chair');
  const adjusterCount = candidates.length > 1 && rng.chance(0.3) ? 2 : 1;
  const adjusters: DemoMembership[] = [];
  while (adjusters.length < adjusterCount && candidates.length > 0) adjusters.push(...candidates.splice(rng.int(0, candidates.length - 1), 1));
  updateMeeting(db, id, { chairPersonId: state.personId[chair.person], secretaryPersonId: state.personId[secretary.person] }, at);
  replaceAdjusters(db, id, adjusters.map((m) => state.personId[m.person]));
  writeAttendance(state, id, plan);

  const writer: ItemWriter = { meetingId: id, date: meeting.date, position: 0, otherAttendees: 0 };
  const secretaryContent = personContent(secretary.person);
  const standingItem = (kind: Exclude<AgendaItemKind, 'matter'>, fields: { description?: string; linkedMeetingId?: string | null } = {}) => {
    const itemId = state.newId();
    insertAgendaItem(
      db,
      {
        id: itemId,
        meetingId: id,
        position: ++writer.position,
        title: standingItemTitle[kind],
        kind,
        sectionNumber: takeSectionNumber(state, group.key, meeting.date),
        description: fields.description ?? null,
        linkedMeetingId: fields.linkedMeetingId ?? null,
      },
      at,
    );
    return itemId;
  };

  const pool = mattersByGroup[group.key];
  const matterCount = rng.int(1, 3);
  for (const kind of standingItemKinds) {
    if (kind === 'other_matters') {
      const treated = new Set<MatterTemplate>();
      for (let i = 0; i < matterCount; i++) {
        const matter = nextMatter(state, group, pool);
        if (treated.has(matter)) break; // a recurring report comes up once per meeting
        treated.add(matter);
        writeMatter(state, group, writer, matter);
      }
    }
    switch (kind) {
      case 'opening':
        standingItem(kind, { description: standing.openingDescription });
        break;
      case 'adjusters': {
        const itemId = standingItem(kind);
        const names = adjusters.map((m) => personContent(m.person).name);
        writeDecision(state, itemId, 1, `${group.subject} ${standing.adjustersDecision(names)}`, 'decision');
        break;
      }
      case 'agenda_approval':
        writeDecision(state, standingItem(kind), 1, `${group.subject} ${standing.agendaDecision}`, 'decision');
        break;
      case 'previous_minutes':
        if (context.previous) {
          const itemId = standingItem(kind, { linkedMeetingId: context.previous.id });
          writeDecision(state, itemId, 1, `${group.subject} ${standing.previousMinutesDecision(context.previous.date)}`, 'decision');
        } else {
          standingItem(kind, { description: standing.noPreviousMinutes });
        }
        break;
      case 'follow_up': {
        const itemId = standingItem(kind, { description: standing.followUpDescription });
        writeFollowUps(state, group, writer, itemId, { name: secretaryContent.name, title: secretaryContent.title });
        writeDecision(state, itemId, 1, `${group.subject} ${standing.followUpDecision}`, 'information');
        break;
      }
      case 'other_matters':
        standingItem(kind, { description: rng.pick(standing.otherMatters) });
        break;
      case 'next_meeting': {
        const itemId = standingItem(kind);
        const text = context.next ? standing.nextMeetingDecision(context.next.date, context.next.startTime, context.next.place) : standing.noNextMeeting;
        writeDecision(state, itemId, 1, text, 'information');
        break;
      }
      case 'closing':
        standingItem(kind, { description: standing.closingDescription });
        break;
    }
  }

  state.log({ entity: 'meeting', entityId: id, operation: 'create', data: { groupId, date: meeting.date, status: 'draft' } });
  if (context.status === 'for_approval') {
    updateMeeting(db, id, { status: 'for_approval' }, at);
    state.log({ entity: 'meeting', entityId: id, operation: 'update', data: { status: 'for_approval' } });
  } else if (context.status === 'approved') {
    // Approved a few days after the meeting, by the secretary, never after "today".
    const approvedOn = addDays(meeting.date, rng.int(3, 8));
    const approvedAt = `${approvedOn < state.today ? approvedOn : state.today}T${String(rng.int(7, 14)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
    const approvedBy = { name: secretaryContent.name, title: secretaryContent.title };
    const approvedCopy = readApprovalSnapshot(db, id, { approvedAt, approvedBy });
    markMeetingApproved(db, id, { approvedAt, approvedByName: approvedBy.name, approvedByTitle: approvedBy.title, approvedCopy }, at);
    state.log({ entity: 'meeting', entityId: id, operation: 'approve', data: { approvedAt, approvedByName: approvedBy.name } });
  }
  return id;
}
