import { describe, expect, it } from 'vitest';
import {
  formatSwedishDate,
  formatSwedishDateWithWeekday,
  formatSwedishTime,
  formatTimeRange,
  stockholmDateOf,
  swedishWeekday,
} from '../../shared/domain/swedishDates.ts';

describe('Swedish dates in documents', () => {
  it('writes dates as "12 juni 2025", without a leading zero', () => {
    expect(formatSwedishDate('2025-06-12')).toBe('12 juni 2025');
    expect(formatSwedishDate('2025-01-05')).toBe('5 januari 2025');
    expect(formatSwedishDate('2024-12-31')).toBe('31 december 2024');
    expect(formatSwedishDate('2025-08-20')).toBe('20 augusti 2025');
  });

  it('names the weekday with å, ä and ö intact', () => {
    expect(swedishWeekday('2025-08-20')).toBe('onsdag');
    expect(swedishWeekday('2025-06-14')).toBe('lördag');
    expect(swedishWeekday('2025-06-15')).toBe('söndag');
    expect(swedishWeekday('2025-06-16')).toBe('måndag');
    expect(formatSwedishDateWithWeekday('2025-06-12')).toBe('torsdag 12 juni 2025');
  });

  it('rejects anything that is not YYYY-MM-DD', () => {
    expect(() => formatSwedishDate('12/6/2025')).toThrow();
  });

  it('writes times with a period and ranges with an en dash', () => {
    expect(formatSwedishTime('09:30')).toBe('09.30');
    expect(formatTimeRange('13:00', '15:00')).toBe('13.00–15.00');
    expect(formatTimeRange('13:00', null)).toBe('13.00');
    expect(formatTimeRange(null, '15:00')).toBe('');
  });

  it('takes the date of a stored timestamp in Stockholm, not UTC', () => {
    expect(stockholmDateOf('2025-08-26T22:30:00.000Z')).toBe('2025-08-27');
    expect(stockholmDateOf('2025-08-27T09:00:00.000Z')).toBe('2025-08-27');
  });
});
