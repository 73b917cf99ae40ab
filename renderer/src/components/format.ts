// Display formats used in tables and forms: dates as 2025-09-30, times Swedish style 13.00.

/** '13:00' → '13.00'. */
export function formatTime(time: string | null | undefined): string {
  return time ? time.replace(':', '.') : '';
}

/** '13.00–15.00', '13.00' or '' when no time is set. */
export function formatTimeRange(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) return `${formatTime(start)}–${formatTime(end)}`;
  return formatTime(start ?? end);
}

/** Form value for an optional text field: empty string becomes null. */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
