// Dates and times as Swedish running text writes them: "12 juni 2025", "torsdag 12 juni 2025",
// "13.00–15.00" (a period between hours and minutes, an en dash between start and end).
import { stockholmToday } from './dates.ts';

const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;
// Indexed by Date.getUTCDay(): Sunday first.
const weekdays = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'] as const;

function parts(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** '2025-06-12' → '12 juni 2025'. */
export function formatSwedishDate(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  return `${day} ${months[month - 1]} ${year}`;
}

/** '2025-06-12' → 'torsdag'. */
export function swedishWeekday(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  return weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** '2025-06-12' → 'torsdag 12 juni 2025'. */
export function formatSwedishDateWithWeekday(isoDate: string): string {
  return `${swedishWeekday(isoDate)} ${formatSwedishDate(isoDate)}`;
}

/** '13:00' → '13.00'. */
export function formatSwedishTime(time: string): string {
  return time.replace(':', '.');
}

/** '13.00–15.00', '13.00' with only a start, '' without a start. */
export function formatTimeRange(start: string | null, end: string | null): string {
  if (!start) return '';
  return end ? `${formatSwedishTime(start)}–${formatSwedishTime(end)}` : formatSwedishTime(start);
}

/** The Swedish calendar date ('YYYY-MM-DD') of a stored ISO timestamp. */
export function stockholmDateOf(timestamp: string): string {
  return stockholmToday(new Date(timestamp));
}
