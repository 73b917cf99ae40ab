// Meetings of the large demo. A held meeting gets attendance, the standing items, its matters and
// the follow-ups of the group's open actions, all with § numbers; an approved one is approved last,
// since approval locks the protocol. The standing items record their outcome as text ("Till
// justerare utses …") rather than as decisions, so that every decision carries two or three
// actions. A planned meeting gets the standing agenda only.
import type { MeetingStatus } from '../../../../shared/contract/index.ts';
import { addDays } from '../../../../shared/domain/dates.ts';
import { standingItemKinds, type StandingItemKind } from '../../../../shared/domain/agenda.ts';
import { standingItemTitle } from '../../../../shared/i18n/sv/agenda.ts';
import { clock, longDate } from '../content/phrases.ts';
import { approvedCopy, sortAttendance, type CopyItem, type CopyPerson, type MeetingCopy } from './approvedCopy.ts';
import { writeFollowUps } from './followUps.ts';
import { writeMatter, type MeetingWriter } from './matters.ts';
import type { SeatHolder } from './members.ts';
import type { ScheduledMeeting } from './schedule.ts';
import { takeSection, type GroupRun, type LoadState } from './state.ts';
import { otherMatters, topics } from './vocabulary.ts';

/** Matters of the long review meeting: with the eight standing items, forty items. */
const reviewMatters = 32;

export type HeldStatus = Extract<MeetingStatus, 'draft' | 'for_approval' | 'approved'>;

/** A meeting's rows are stamped when it is held; it was planned four weeks before (never after today). */
const stamp = (date: string, time: string) => `${date}T${time}:00.000Z`;
const plannedAt = (date: string, today: string) => stamp(addDays(date, -28) < today ? addDays(date, -28) : today, '08:00');

const officer = (holders: readonly SeatHolder[], role: 'chair' | 'secretary') => {
  const holder = holders.find((h) => h.role === role);
  if (!holder) throw new Error(`large demo: a group lacks a ${role}`);
  return holder;
};

export function writePlannedMeeting(state: LoadState, group: GroupRun, meeting: ScheduledMeeting): void {
  const id = state.newId();
  const holders = group.holdersOn(state.today);
  const at = plannedAt(meeting.date, state.today);
  state.write.meeting({
    id,
    groupId: group.id,
    ...meeting,
    kind: group.plan.theme.meetingKind,
    status: 'planned',
    chairPersonId: state.personIds[officer(holders, 'chair').person]!,
    secretaryPersonId: state.personIds[officer(holders, 'secretary').person]!,
    at,
  });
  standingItemKinds.forEach((kind, index) =>
    state.write.agendaItem(
      { id: state.newId(), meetingId: id, position: index + 1, title: standingItemTitle[kind], kind, sectionNumber: null, presenterPersonId: null, description: null, notesJson: null, confidential: false, linkedMeetingId: null },
      at,
    ),
  );
}

type Attendance = { present: SeatHolder[]; rows: { holder: SeatHolder; status: 'present' | 'absent' | 'substitute'; replaces: SeatHolder | null }[] };

/** Chair and secretary always come; others are away now and then, replaced by a substitute of their organisation when one is free. */
function planAttendance(state: LoadState, holders: readonly SeatHolder[]): Attendance {
  const substitutes = holders.filter((h) => h.role === 'substitute');
  const result: Attendance = { present: [], rows: [] };
  for (const holder of holders) {
    if (holder.role === 'substitute') continue;
    const away = holder.role !== 'chair' && holder.role !== 'secretary' && state.rng.chance(0.12);
    if (!away) {
      result.present.push(holder);
      result.rows.push({ holder, status: 'present', replaces: null });
      continue;
    }
    result.rows.push({ holder, status: 'absent', replaces: null });
    const substitute = substitutes.find((s) => s.org === holder.org);
    if (substitute) {
      substitutes.splice(substitutes.indexOf(substitute), 1);
      result.present.push(substitute);
      result.rows.push({ holder: substitute, status: 'substitute', replaces: holder });
    }
  }
  return result;
}

export type HeldMeeting = ScheduledMeeting & { status: HeldStatus; next: ScheduledMeeting | null; review: boolean };

/** Writes a held meeting; returns the number of decisions. */
export function writeHeldMeeting(state: LoadState, group: GroupRun, meeting: HeldMeeting): number {
  const { rng, write } = state;
  const id = state.newId();
  const holders = group.holdersOn(meeting.date);
  const chairHolder = officer(holders, 'chair');
  const secretaryHolder = officer(holders, 'secretary');
  const secretary = state.people[secretaryHolder.person]!;
  const at = stamp(meeting.date, meeting.endTime);
  const kind = group.plan.theme.meetingKind;
  write.meeting({
    id,
    groupId: group.id,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    kind,
    status: meeting.status === 'approved' ? 'draft' : meeting.status,
    chairPersonId: state.personIds[chairHolder.person]!,
    secretaryPersonId: state.personIds[secretaryHolder.person]!,
    at: plannedAt(meeting.date, state.today),
  });

  // Everyone named in the copy attends, so their organisation is the one they attend for.
  const personRef = (h: SeatHolder): CopyPerson => {
    const person = state.people[h.person]!;
    return { personId: state.personIds[h.person]!, name: person.name, title: person.title, organisationName: state.orgNames.get(state.orgIds.get(h.org)!)! };
  };
  const attendance = planAttendance(state, holders);
  for (const row of attendance.rows) {
    write.attendance(state.newId(), id, {
      personId: state.personIds[row.holder.person]!,
      organisationId: state.orgIds.get(row.holder.org)!,
      role: row.holder.role,
      status: row.status,
      substituteForPersonId: row.replaces ? state.personIds[row.replaces.person]! : null,
    });
  }
  const candidates = attendance.present.filter((h) => h.role === 'member' || h.role === 'vice_chair');
  const adjusters = candidates.length > 1 && rng.chance(0.3) ? 2 : Math.min(1, candidates.length);
  const chosen: SeatHolder[] = [];
  while (chosen.length < adjusters) chosen.push(...candidates.splice(rng.int(0, candidates.length - 1), 1));
  chosen.forEach((h, i) => write.adjuster(id, state.personIds[h.person]!, i + 1));

  const copy: MeetingCopy = {
    meeting: { id, groupId: group.id, groupName: group.plan.name, date: meeting.date, startTime: meeting.startTime, endTime: meeting.endTime, place: meeting.place, kind },
    chair: personRef(chairHolder),
    secretary: personRef(secretaryHolder),
    adjusters: chosen.map(personRef),
    attendance: sortAttendance(
      attendance.rows.map((row) => ({
        ...personRef(row.holder),
        role: row.holder.role,
        status: row.status,
        substituteFor: row.replaces ? { personId: state.personIds[row.replaces.person]!, name: state.people[row.replaces.person]!.name } : null,
      })),
    ),
    otherAttendees: [],
    items: [],
  };
  const writer: MeetingWriter = { id, date: meeting.date, at, position: 0, present: attendance.present, guestsUsed: new Set(), copy };
  const standing = (itemKind: StandingItemKind, description: string, linkedMeetingId: string | null = null): CopyItem => {
    const item: CopyItem = {
      id: state.newId(),
      position: ++writer.position,
      sectionNumber: takeSection(group, meeting.date),
      title: standingItemTitle[itemKind],
      kind: itemKind,
      presenter: null,
      description,
      linkedMeetingId,
      notes: null,
      confidential: false,
      basisDocuments: [],
      decisions: [],
      followUps: [],
    };
    write.agendaItem({ ...item, meetingId: id, presenterPersonId: null, notesJson: null }, at);
    copy.items.push(item);
    return item;
  };

  let decisions = 0;
  for (const itemKind of standingItemKinds) {
    if (itemKind === 'other_matters') {
      // A review meeting goes through the topics in 32 matters (40 items in all); others treat two or three.
      if (meeting.review) {
        for (let i = 0; i < reviewMatters; i++) decisions += writeMatter(state, group, writer, takeSection(group, meeting.date), { topic: topics[i % topics.length], decisions: 1 });
      } else {
        for (let i = rng.int(2, 3); i > 0; i--) decisions += writeMatter(state, group, writer, takeSection(group, meeting.date));
      }
    }
    switch (itemKind) {
      case 'opening':
        standing(itemKind, rng.chance(0.5) ? `Ordföranden ${copy.chair!.name} hälsar välkommen och förklarar mötet öppnat.` : 'Ordföranden öppnar mötet och hälsar alla välkomna.');
        break;
      case 'adjusters': {
        const names = copy.adjusters.map((p) => p.name);
        standing(itemKind, names.length > 0 ? `Till justerare jämte ordföranden utses ${names.join(' och ')}.` : 'Protokollet justeras av ordföranden.');
        break;
      }
      case 'agenda_approval':
        standing(itemKind, rng.pick(['Dagordningen godkänns.', 'Dagordningen godkänns utan ändringar.', 'Dagordningen godkänns med tillägg av en övrig fråga.']));
        break;
      case 'previous_minutes':
        if (group.previous) standing(itemKind, `Protokollet från mötet den ${group.previous.date} läggs till handlingarna.`, group.previous.id);
        else standing(itemKind, 'Det finns inget tidigare protokoll att gå igenom.');
        break;
      case 'follow_up': {
        const count = group.pending.length;
        const item = standing(itemKind, count > 0 ? `Sekreteraren redovisar läget för ${count} uppdrag som ännu inte är slutförda.` : 'Det finns inga uppdrag att följa upp.');
        item.followUps = writeFollowUps(state, group, { id, date: meeting.date, at }, item.id, { name: secretary.name, title: secretary.title });
        break;
      }
      case 'other_matters':
        standing(itemKind, rng.pick(otherMatters));
        break;
      case 'next_meeting':
        standing(itemKind, meeting.next ? `Nästa möte hålls ${longDate(meeting.next.date)} kl. ${clock(meeting.next.startTime)}, ${meeting.next.place}.` : 'Tid för nästa möte meddelas senare.');
        break;
      case 'closing':
        standing(itemKind, 'Ordföranden tackar för visat intresse och förklarar mötet avslutat.');
        break;
    }
  }

  if (meeting.status === 'approved') {
    // Approved a few days after the meeting by the secretary, never after today.
    const approvedOn = addDays(meeting.date, rng.int(3, 10));
    const approvedAt = stamp(approvedOn < state.today ? approvedOn : state.today, `${String(rng.int(7, 15)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`);
    const approvedBy = { name: secretary.name, title: secretary.title };
    const frozen = approvedCopy(copy, { approvedAt, approvedBy });
    write.approve(id, { approvedAt, approvedByName: approvedBy.name, approvedByTitle: approvedBy.title, approvedCopy: frozen });
  }
  group.previous = { id, date: meeting.date };
  return decisions;
}
