// How actions of the large demo are followed up: each open action comes up at every following
// meeting of its group until its planned number of follow-ups is reached; the last one closes it
// (about 96 % of actions), or leaves it in progress and forgotten. Follow-ups are written in date
// order per action, so the action_state triggers replay them as the app would.
import { addDays } from '../../../../shared/domain/dates.ts';
import type { Random } from '../random.ts';
import { sortFollowUps, type CopyFollowUp, type PlacedFollowUp } from './approvedCopy.ts';
import type { GroupRun, LoadState, PendingAction } from './state.ts';
import { dueDateReason, followUpNote } from './text.ts';

/** Share of actions whose follow-up stops without closing them. */
const forgotten = 0.035;
/** How many follow-ups an action gets: 1–4, about two on average. */
const followUpCounts = [1, 1, 1, 2, 2, 2, 2, 3, 3, 4] as const;

export function planAction(rng: Random, action: Pick<PendingAction, 'id' | 'title' | 'text' | 'due' | 'decidedOn' | 'decidedInSection' | 'order'>): PendingAction {
  const final = rng.chance(forgotten) ? 'open' : rng.chance(0.12) ? 'cancelled' : 'done';
  return { ...action, dueSoon: addDays(action.due, -7), status: 'not_started', remaining: rng.pick(followUpCounts), final, followUps: 0 };
}

export type Recorder = { name: string; title: string | null };

/** Writes this meeting's follow-up of every pending action of the group; returns them as the approved copy lists them. */
export function writeFollowUps(state: LoadState, group: GroupRun, meeting: { id: string; date: string; at: string }, itemId: string, recorder: Recorder): CopyFollowUp[] {
  const { rng } = state;
  const written: PlacedFollowUp[] = [];
  for (const action of group.pending) {
    const last = action.remaining === 1;
    let status: PendingAction['status'];
    let newDueDate: string | null = null;
    if (last && action.final !== 'open') {
      status = action.final;
    } else {
      status = action.followUps === 0 && rng.chance(0.15) ? 'not_started' : 'in_progress';
      const overdue = meeting.date >= action.dueSoon;
      if (status === 'in_progress' && (overdue ? rng.chance(0.6) : rng.chance(0.04))) newDueDate = addDays(meeting.date, rng.pick([30, 42, 60, 90, 120]));
    }
    const note = status === 'not_started' && rng.chance(0.5) ? null : status === 'in_progress' && rng.chance(0.08) ? null : followUpNote(rng, action.text, status);
    const id = state.newId();
    const reason = newDueDate ? dueDateReason(rng) : null;
    state.write.followUp(
      {
        id,
        actionId: action.id,
        meetingId: meeting.id,
        agendaItemId: itemId,
        date: meeting.date,
        status,
        note,
        newDueDate,
        dueDateReason: reason,
        recordedByName: recorder.name,
        recordedByTitle: recorder.title,
      },
      meeting.at,
    );
    action.status = status;
    action.followUps++;
    action.remaining--;
    if (newDueDate) {
      action.due = newDueDate;
      action.dueSoon = addDays(newDueDate, -7);
    }
    written.push({
      // The generator neither reassigns nor escalates actions.
      copy: {
        id,
        actionId: action.id,
        actionTitle: action.title,
        decidedOn: action.decidedOn,
        decidedInSection: action.decidedInSection,
        date: meeting.date,
        status,
        note,
        newDueDate,
        dueDateReason: reason,
        newOwner: null,
        escalatedTo: null,
      },
      order: action.order,
    });
  }
  group.pending = group.pending.filter((a) => a.remaining > 0);
  return sortFollowUps(written);
}
