// One matter (ärende) of a held meeting in the large demo: the agenda item with notes and basis
// documents, about five decisions per meeting with two or three actions each, and register links.
import { addDays } from '../../../../shared/domain/dates.ts';
import type { ActionOwner } from '../../repositories/actions.ts';
import type { DecisionType } from '../../repositories/decisions.ts';
import { notesDocument } from '../meetings.ts';
import { sortRecipients, type CopyDecision, type CopyItem, type MeetingCopy } from './approvedCopy.ts';
import { planAction } from './followUps.ts';
import type { SeatHolder } from './members.ts';
import { registersFor } from './registers.ts';
import type { GroupRun, LoadState } from './state.ts';
import { actionTitle, decisionText, matterNotes, matterTitle, type TextContext } from './text.ts';
import { guests, rareEvery, topics } from './vocabulary.ts';

export type MeetingWriter = {
  id: string;
  date: string;
  /** Record timestamp of the meeting's rows. */
  at: string;
  position: number;
  present: readonly SeatHolder[];
  guestsUsed: Set<number>;
  /** The approved copy as it grows. */
  copy: MeetingCopy;
};

export type MatterOptions = { topic?: string; decisions?: number };

const basisKinds = ['Tjänsteskrivelse', 'Rapport', 'Lägesrapport', 'PM', 'Utkast till rutin', 'Statistikunderlag', 'Remissvar'];
const series = ['UN', 'SN', 'KFN', 'KS'];
const dueInDays = [21, 30, 42, 60, 90, 120, 180];

function decisionType(roll: number): DecisionType {
  return roll < 0.72 ? 'decision' : roll < 0.9 ? 'information' : 'position';
}

type CopyAction = CopyDecision['actions'][number];

function owner(state: LoadState, group: GroupRun, present: readonly SeatHolder[]): { owner: ActionOwner; copy: CopyAction['owner'] } {
  const { rng } = state;
  if (rng.chance(0.12)) {
    const parent = group.plan.parentIndex;
    const groupId = parent !== null && rng.chance(0.5) ? state.groupIds[parent]! : group.id;
    return {
      owner: { groupId },
      copy: { personId: null, personName: null, organisationId: null, organisationName: null, groupId, groupName: state.groupNames.get(groupId)! },
    };
  }
  const holder = rng.pick(present);
  const personId = state.personIds[holder.person]!;
  const organisationId = state.orgIds.get(holder.org)!;
  return {
    owner: { personId, organisationId },
    copy: { personId, personName: state.people[holder.person]!.name, organisationId, organisationName: state.orgNames.get(organisationId)!, groupId: null, groupName: null },
  };
}

/** Writes one matter item at the next position, with its § number; returns the number of decisions. */
export function writeMatter(state: LoadState, group: GroupRun, meeting: MeetingWriter, sectionNumber: number, options: MatterOptions = {}): number {
  const { rng, write } = state;
  const presenter = rng.pick(meeting.present);
  const text: TextContext = {
    topic: options.topic ?? rng.pick(topics),
    subject: group.plan.theme.subject,
    presenter: state.people[presenter.person]!.name,
    organisations: group.organisationNames,
    area: group.plan.area,
    year: Number(meeting.date.slice(0, 4)),
  };
  const itemId = state.newId();
  const { title, description } = matterTitle(rng, text);
  const rare = state.matterCount++ % rareEvery === 0;
  const notesJson = notesDocument(matterNotes(rng, text, rare));
  const position = ++meeting.position;
  const confidential = rng.chance(0.02);
  write.agendaItem(
    { id: itemId, meetingId: meeting.id, position, title, kind: 'matter', sectionNumber, presenterPersonId: state.personIds[presenter.person]!, description, notesJson, confidential, linkedMeetingId: null },
    meeting.at,
  );
  const item: CopyItem = {
    id: itemId,
    position,
    sectionNumber,
    title,
    kind: 'matter',
    presenter: text.presenter,
    description,
    linkedMeetingId: null,
    notes: JSON.parse(notesJson) as unknown,
    confidential,
    basisDocuments: [],
    decisions: [],
    followUps: [],
  };
  meeting.copy.items.push(item);

  const basisCount = rng.int(0, 2);
  for (let i = 1; i <= basisCount; i++) {
    const docDate = addDays(meeting.date, -rng.int(3, 20));
    const docSeries = rng.chance(0.7) ? rng.pick(series) : null;
    const doc = { title: `${rng.pick(basisKinds)} om ${text.topic}, ${docDate}`, reference: docSeries ? `${docSeries} ${docDate.slice(0, 4)}/${rng.int(100, 999)}` : null };
    write.basisDocument(state.newId(), itemId, i, doc.title, doc.reference);
    item.basisDocuments.push(doc);
  }

  if (rng.chance(0.08)) {
    const guest = rng.int(0, guests.length - 1);
    if (!meeting.guestsUsed.has(guest)) {
      meeting.guestsUsed.add(guest);
      const row = guests[guest]!;
      write.otherAttendee(state.newId(), meeting.id, { ...row, position: meeting.guestsUsed.size }, itemId);
      meeting.copy.otherAttendees.push({ name: row.name, title: row.title, organisationName: row.organisationName, sections: [sectionNumber] });
    }
  }

  const registers = registersFor(state.registers, text.topic, meeting.date);
  const linkTo = (target: Parameters<typeof write.registerLink>[2], chance: number) => {
    for (const register of registers) {
      if (rng.chance(chance)) write.registerLink(state.newId(), register.kind === 'mandate' ? { mandateId: register.id } : { goalId: register.id }, target);
    }
  };
  linkTo({ agendaItemId: itemId }, 0.6);

  // Two decisions or actions of one matter never read the same.
  const used = new Set<string>();
  const unique = (make: () => string): string => {
    let value = make();
    for (let attempt = 0; attempt < 5 && used.has(value); attempt++) value = make();
    used.add(value);
    return value;
  };

  const decisions = options.decisions ?? rng.int(1, 3);
  for (let d = 1; d <= decisions; d++) {
    const decisionId = state.newId();
    const type = decisionType(rng.next());
    const decision: CopyDecision = { id: decisionId, position: d, text: unique(() => decisionText(rng, text, type)), type, recipients: [], actions: [] };
    write.decision(decisionId, itemId, d, decision.text, type, meeting.at);
    if (type === 'decision' && rng.chance(0.4)) {
      const recipients = new Set([rng.pick(['sn', 'bun', 'kfn', 'sof', 'utf', 'kff']), rng.pick(['sn', 'bun', 'polis', 'bup'])]);
      for (const org of recipients) {
        const organisationId = state.orgIds.get(org)!;
        write.recipient(decisionId, { organisationId });
        decision.recipients.push({ organisationId, groupId: null, name: state.orgNames.get(organisationId)! });
      }
      sortRecipients(decision.recipients);
    }
    item.decisions.push(decision);
    if (d === 1) linkTo({ decisionId }, 0.3);
    const actions = rng.int(2, 3);
    for (let a = 1; a <= actions; a++) {
      const actionId = state.newId();
      const due = addDays(meeting.date, rng.pick(dueInDays));
      const task = unique(() => actionTitle(rng, text));
      const assigned = owner(state, group, meeting.present);
      write.action(actionId, decisionId, a, task, assigned.owner, due, meeting.at);
      decision.actions.push({ id: actionId, position: a, title: task, owner: assigned.copy, dueDate: due, note: null });
      if (d === 1 && a === 1) linkTo({ actionId }, 0.15);
      group.pending.push(
        planAction(rng, { id: actionId, title: task, text, due, decidedOn: meeting.date, decidedInSection: sectionNumber, order: [meeting.date, position, d, a] }),
      );
    }
  }
  return decisions;
}
