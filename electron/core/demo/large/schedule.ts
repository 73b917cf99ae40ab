// When each group of the large demo meets: six to ten times a year on its own weekday, from the
// first day of the period to a few months after today, outside the summer and Christmas breaks.
import { addDays } from '../../../../shared/domain/dates.ts';
import type { Random } from '../random.ts';

export type GroupSchedule = { weekday: number; startTime: string; endTime: string; perYear: number; places: readonly string[] };
export type ScheduledMeeting = { date: string; startTime: string; endTime: string; place: string };

/** Planned meetings reach this far past today. */
export const futureDays = 120;
/** Working days between the breaks, roughly: the year's meetings are spread over them. */
const meetingDaysPerYear = 300;

const startTimes = ['08:30', '09:00', '10:00', '13:00', '13:30', '14:00', '15:00'];

export function planSchedule(rng: Random, places: readonly string[]): GroupSchedule {
  const startTime = rng.pick(startTimes);
  const minutes = Number(startTime.slice(0, 2)) * 60 + Number(startTime.slice(3)) + rng.pick([90, 120]);
  const endTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { weekday: rng.int(1, 5), startTime, endTime, perYear: rng.int(6, 10), places };
}

function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Moves a date out of the summer break and the Christmas holidays. */
function outsideHolidays(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const monthDay = isoDate.slice(5);
  if (monthDay >= '06-20' && monthDay <= '08-10') return `${year}-08-11`;
  if (monthDay >= '12-20') return `${year + 1}-01-08`;
  if (monthDay <= '01-07') return `${year}-01-08`;
  return isoDate;
}

function nextMeetingDate(from: string, weekday: number): string {
  let date = outsideHolidays(from);
  for (;;) {
    date = addDays(date, (weekday - weekdayOf(date) + 7) % 7);
    const moved = outsideHolidays(date);
    if (moved === date) return date;
    date = moved;
  }
}

export function scheduleMeetings(rng: Random, schedule: GroupSchedule, start: string, today: string): ScheduledMeeting[] {
  const interval = Math.round(meetingDaysPerYear / schedule.perYear);
  const last = addDays(today, futureDays);
  const meetings: ScheduledMeeting[] = [];
  let date = nextMeetingDate(addDays(start, rng.int(0, interval)), schedule.weekday);
  while (date <= last) {
    meetings.push({ date, startTime: schedule.startTime, endTime: schedule.endTime, place: rng.pick(schedule.places) });
    date = nextMeetingDate(addDays(date, interval + rng.int(-4, 4)), schedule.weekday);
  }
  return meetings;
}
