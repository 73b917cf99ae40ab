import { describe, expect, it } from 'vitest';
import { addDays, isValidIsoDate, isValidTime, stockholmToday } from '../../shared/domain/dates.ts';
import { compareSwedish, nameKey } from '../../shared/domain/names.ts';

describe('dates', () => {
  it('accepts only real calendar dates in YYYY-MM-DD', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2025-13-01')).toBe(false);
    expect(isValidIsoDate('2025-9-30')).toBe(false);
    expect(isValidIsoDate('30/9/2025')).toBe(false);
  });

  it('takes "today" in Europe/Stockholm, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm (UTC+1 in winter).
    expect(stockholmToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    // 22:30 UTC in June is 00:30 the next day in Stockholm (UTC+2 in summer).
    expect(stockholmToday(new Date('2025-06-12T22:30:00Z'))).toBe('2025-06-13');
    expect(stockholmToday(new Date('2025-06-12T21:30:00Z'))).toBe('2025-06-12');
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('validates times', () => {
    expect(isValidTime('13:00')).toBe(true);
    expect(isValidTime('24:00')).toBe(false);
    expect(isValidTime('9:30')).toBe(false);
  });
});

describe('Swedish names', () => {
  it('folds case beyond ASCII for uniqueness', () => {
    expect(nameKey('  SOCIALFÖRVALTNINGEN  Norr ')).toBe(nameKey('socialförvaltningen norr'));
    expect(nameKey('Ås')).not.toBe(nameKey('As'));
  });

  it('sorts Å, Ä, Ö after Z, in that order', () => {
    expect(['Örebro', 'Ängelholm', 'Åre', 'Zinkgruvan', 'Arboga'].sort(compareSwedish)).toEqual(['Arboga', 'Zinkgruvan', 'Åre', 'Ängelholm', 'Örebro']);
  });
});
