// When each demo group meets: roughly every six weeks on its own weekday, from about ten months
// before "today" to five months after, skipping the summer break and the Christmas holidays.
import { addDays } from '../../../shared/domain/dates.ts';
import type { GroupSchedule } from './content/setup.ts';
import type { Random } from './random.ts';

export type ScheduledMeeting = { date: string; startTime: string; endTime: string; place: string };

const historyDays = 300;
const futureDays = 150;

function weekdayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The first date on or after `isoDate` that falls on `weekday` (0 = Sunday). */
function onOrAfterWeekday(isoDate: string, weekday: number): string {
  return addDays(isoDate, (weekday - weekdayOf(isoDate) + 7) % 7);
}

/** Moves a date out of the summer break and the Christmas holidays. */
function outsideHolidays(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const monthDay = isoDate.slice(5);
  if (monthDay >= '06-22' && monthDay <= '08-10') return `${year}-08-11`;
  if (monthDay >= '12-20') return `${year + 1}-01-08`;
  if (monthDay <= '01-06') return `${year}-01-08`;
  return isoDate;
}

export function scheduleMeetings(schedule: GroupSchedule, today: string, rng: Random): ScheduledMeeting[] {
  const place = () => rng.pick(schedule.places);
  const meetingOn = (date: string): ScheduledMeeting => ({ date, startTime: schedule.startTime, endTime: schedule.endTime, place: place() });
  const nextDate = (from: string) => {
    let date = onOrAfterWeekday(outsideHolidays(from), schedule.weekday);
    while (outsideHolidays(date) !== date) date = onOrAfterWeekday(outsideHolidays(date), schedule.weekday);
    return date;
  };

  const last = addDays(today, futureDays);
  const meetings: ScheduledMeeting[] = [];
  let date = nextDate(addDays(today, -historyDays + schedule.offsetDays + rng.int(0, 10)));
  while (date <= last) {
    meetings.push(meetingOn(date));
    date = nextDate(addDays(date, schedule.intervalDays + rng.int(-5, 5)));
  }
  return meetings;
}
