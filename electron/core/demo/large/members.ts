// Who sits in each group, and when: every group has seats (chair, secretary, members …) tied to an
// organisation; at each turn of the year some seats pass to another person of the same organisation.
import type { MembershipRole } from '../../../../shared/contract/index.ts';
import type { Random } from '../random.ts';
import type { GroupPlan, Seat } from './groups.ts';
import type { PersonSetup } from './organisations.ts';

export type Tenure = { person: number; from: string; to: string | null };
export type SeatHistory = Seat & { tenures: Tenure[] };

/** A seat's holder on a date, as the meeting writer sees it. */
export type SeatHolder = { role: MembershipRole; org: string; person: number };

const secretaryOrgs = ['utf', 'sof', 'klk'];
/** Per year, the chance that a seat passes to someone else. */
const turnover = 0.18;

function seatsOf(rng: Random, plan: GroupPlan): Seat[] {
  const { chairOrgs, memberOrgs } = plan.theme;
  const seats: Seat[] = [{ role: 'chair', org: rng.pick(chairOrgs) }];
  if (rng.chance(0.5)) seats.push({ role: 'vice_chair', org: rng.pick(memberOrgs) });
  const leadOrg = chairOrgs[0]!;
  seats.push({ role: 'secretary', org: secretaryOrgs.includes(leadOrg) ? leadOrg : rng.pick(secretaryOrgs) });
  const memberCount = rng.int(3, 6);
  for (let i = 0; i < memberCount; i++) seats.push({ role: 'member', org: memberOrgs[i % memberOrgs.length]! });
  if (rng.chance(0.4)) seats.push({ role: 'co_opted', org: rng.pick(['forening', 'umo', 'af', 'rtj']) });
  const substitutes = rng.int(1, 2);
  for (let i = 0; i < substitutes; i++) seats.push({ role: 'substitute', org: memberOrgs[i % memberOrgs.length]! });
  return seats;
}

/** The people of each organisation, by index into `people`. */
function byOrganisation(people: readonly PersonSetup[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  people.forEach((p, index) => map.set(p.org.key, [...(map.get(p.org.key) ?? []), index]));
  return map;
}

/** Seats and their holders from `start` to today; nobody holds two seats of one group at once. */
export function planSeats(rng: Random, plan: GroupPlan, people: readonly PersonSetup[], start: string, today: string): SeatHistory[] {
  const pool = byOrganisation(people);
  const seats: SeatHistory[] = seatsOf(rng, plan).map((seat) => ({ ...seat, tenures: [] }));
  const pickFor = (seat: Seat, taken: Set<number>): number | null => {
    const candidates = (pool.get(seat.org) ?? []).filter((p) => !taken.has(p));
    return candidates.length > 0 ? rng.pick(candidates) : null;
  };

  const taken = new Set<number>();
  for (const seat of seats) {
    // With few people (a small test size) an organisation may run out: anyone free takes the seat.
    const anyone = people.map((_, i) => i).filter((i) => !taken.has(i));
    const person = pickFor(seat, taken) ?? (anyone.length > 0 ? rng.pick(anyone) : null);
    if (person === null) throw new Error(`large demo: no person for ${seat.role} in ${plan.name}`);
    // The seat belongs to the organisation of its first holder; later holders come from it.
    seat.org = people[person]!.org.key;
    taken.add(person);
    seat.tenures.push({ person, from: start, to: null });
  }

  for (let year = Number(start.slice(0, 4)) + 1; year <= Number(today.slice(0, 4)); year++) {
    const changeOn = `${year}-01-01`;
    if (changeOn <= start || changeOn > today) continue;
    const current = new Set(seats.map((s) => s.tenures[s.tenures.length - 1]!.person));
    for (const seat of seats) {
      if (!rng.chance(turnover)) continue;
      const last = seat.tenures[seat.tenures.length - 1]!;
      const next = pickFor(seat, current);
      if (next === null) continue;
      current.delete(last.person);
      current.add(next);
      last.to = `${year - 1}-12-31`;
      seat.tenures.push({ person: next, from: changeOn, to: null });
    }
  }
  return seats;
}

/** Walks the seats forward in date order: the holders on each (non-decreasing) date. */
export function seatCursor(seats: readonly SeatHistory[]): (date: string) => SeatHolder[] {
  const position = seats.map(() => 0);
  return (date) =>
    seats.map((seat, i) => {
      while (position[i]! < seat.tenures.length - 1 && (seat.tenures[position[i]!]!.to ?? '9999') < date) position[i]!++;
      return { role: seat.role, org: seat.org, person: seat.tenures[position[i]!]!.person };
    });
}
