import { describe, expect, it } from 'vitest';
import { containsIdentityNumber, findIdentityNumbers, redactIdentityNumbers } from '../../shared/domain/personnummer.ts';
import { privacyText } from '../../shared/i18n/sv/privacy.ts';

// Independent Luhn implementation, so the tests do not trust the module under test.
function luhnDigit(nineDigits: string): string {
  let sum = 0;
  [...nineDigits].forEach((char, i) => {
    const product = Number(char) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  });
  return String((10 - (sum % 10)) % 10);
}

/** The full 10-digit number YYMMDDNNNC for the nine digits YYMMDDNNN. */
const valid = (nineDigits: string) => nineDigits + luhnDigit(nineDigits);
/** Same number with a wrong check digit. */
const wrongCheck = (nineDigits: string) => nineDigits + String((Number(luhnDigit(nineDigits)) + 1) % 10);
/** Inserts a separator before the last four digits. */
const sep = (digits: string, separator = '-') => `${digits.slice(0, -4)}${separator}${digits.slice(-4)}`;

describe('the test helpers', () => {
  it('agree with well-known valid numbers', () => {
    expect(valid('121212121')).toBe('1212121212'); // Skatteverket's test number 19121212-1212
    expect(valid('811218987')).toBe('8112189876');
    expect(valid('212000135')).toBe('2120001355'); // organisationsnummer use the same check digit
  });
});

describe('findIdentityNumbers: must match', () => {
  const sam10 = valid('701063239'); // 1970-10-03 as samordningsnummer (day 03 + 60)
  const sam12 = `19${sam10}`;
  it.each([
    ['811218-9876', 'personnummer'],
    ['8112189876', 'personnummer'],
    ['811218+9876', 'personnummer'],
    ['811218 9876', 'personnummer'],
    ['19811218-9876', 'personnummer'],
    ['198112189876', 'personnummer'],
    ['19811218 9876', 'personnummer'],
    ['19121212-1212', 'personnummer'],
    ['191212121212', 'personnummer'],
    ['121212-1212', 'personnummer'],
    ['121212+1212', 'personnummer'],
    [sep(valid('070523123')), 'personnummer'], // born 2007: starts with 07 like a mobile number
    [sep(sam10), 'samordningsnummer'],
    [sam10, 'samordningsnummer'],
    [sep(sam12), 'samordningsnummer'],
    [sam12, 'samordningsnummer'],
    [sep(valid('811291123')), 'samordningsnummer'], // day 31 + 60 = 91
    [sep(valid('000229123')), 'personnummer'], // 2000-02-29 (1900 was no leap year, 2000 was)
    [sep(valid('960229123')), 'personnummer'],
    [sep(`19${valid('960229123')}`), 'personnummer'],
    [sep(`20${valid('000229123')}`), 'personnummer'],
    [sep(`20${valid('240289123')}`), 'samordningsnummer'], // 2024-02-29 + 60
    [sep(`18${valid('991231123')}`), 'personnummer'],
    [sep(valid('811218987'), '\u00a0'), 'personnummer'], // no-break space from Word
    [sep(valid('811218987'), '\u2011'), 'personnummer'], // non-breaking hyphen
    [sep(valid('811218987'), '\u2013'), 'personnummer'], // en dash
  ] as const)('%s → %s', (value, kind) => {
    expect(findIdentityNumbers(value)).toEqual([{ start: 0, end: value.length, text: value, kind }]);
    expect(findIdentityNumbers(`Personnr: ${value}.`)).toHaveLength(1);
    expect(containsIdentityNumber(value)).toBe(true);
  });
});

describe('findIdentityNumbers: must not match', () => {
  it.each([
    // wrong check digit
    ['wrong check digit, 10 digits', sep(wrongCheck('811218987'))],
    ['wrong check digit, no separator', wrongCheck('811218987')],
    ['wrong check digit, 12 digits', `19${sep(wrongCheck('121212121'))}`],
    ['wrong check digit, samordningsnummer', sep(wrongCheck('701063239'))],
    // dates and times
    ['ISO date', '2025-08-20'],
    ['compact date', '20250820'],
    ['date and time', '2025-08-20 13.00'],
    ['date and time with colon', 'Mötet 2025-08-20 kl. 13:00–15:30'],
    ['times', '13.00–15.30'],
    ['date range', '2025-08-20–2025-09-30'],
    // case numbers (diarienummer)
    ['diarienummer', 'UN 2025/123'],
    ['diarienummer with suffix', 'SN 2024/1234-1'],
    ['diarienummer, long', 'KS 2025/000123'],
    // phone numbers
    ['mobile number', '070-123 45 67'],
    ['landline', '08-123 456 78'],
    ['international', '+46 70 123 45 67'],
    ['international, no spaces', '+46701234567'],
    ['mobile number, no separators (fails Luhn)', '0701234567'],
    ['mobile number with one hyphen', '070-1234567'],
    // organisationsnummer: the third digit is 2 or more, so the "month" is 20 or more
    ['organisationsnummer (municipality)', '212000-1355'],
    ['organisationsnummer, no separator', '2120001355'],
    ['organisationsnummer, 12 digits', '16212000-1355'],
    // amounts and other numbers
    ['amount', '1 234 567 kr'],
    ['amount with decimals', '12 345,50 kr'],
    ['postal code', '123 45 Storstad'],
    ['bankgiro', '5050-1055'],
    // implausible dates (each with a correct check digit)
    ['month 13', sep(valid('811318987'))],
    ['month 00', sep(valid('810018987'))],
    ['day 00', sep(valid('811200987'))],
    ['day 32', sep(valid('811232987'))],
    ['30 February', sep(valid('810230987'))],
    ['31 April', sep(valid('810431987'))],
    ['29 February, not leap in any century', sep(valid('010229123'))],
    ['29 February 1900', sep(`19${valid('000229123')}`)],
    ['29 February 2023', sep(`20${valid('230229123')}`)],
    ['samordningsnummer day 60', sep(valid('811260987'))],
    ['samordningsnummer day 92', sep(valid('811292987'))],
    ['samordningsnummer 31 + 60 in April', sep(valid('810491987'))],
    ['year 1781', sep(`17${valid('811218987')}`)],
    ['year 2181', sep(`21${valid('811218987')}`)],
    // part of something longer
    ['letter before', 'A811218-9876'],
    ['letter after', '811218-9876B'],
    ['Swedish letter after', '811218-9876ö'],
    ['digit before', '1811218-9876'],
    ['digit after', '811218-98761'],
    ['11 digits', '81121898761'],
    ['13 digits', '1198112189876'],
    ['hyphenated prefix', '12-811218-9876'],
    ['slash prefix', '2024/811218-9876'],
    ['hyphenated suffix', '811218-9876-1'],
    ['decimal suffix', '811218-9876.5'],
    // separators in the wrong place
    ['two spaces', '811218  9876'],
    ['separator inside the date', '81-12-18-9876'],
    ['separators inside a 12-digit date', '1981-12-18-9876'],
    ['separator too early', '81121-89876'],
    ['two separators', '811218--9876'],
    ['underscore', '811218_9876'],
  ])('%s: %s', (_label, value) => {
    expect(findIdentityNumbers(value)).toEqual([]);
    expect(containsIdentityNumber(value)).toBe(false);
  });

  it('rejects organisationsnummer by the date check, not by Luhn', () => {
    // 212000-1355 has a correct check digit; only the "month" 20 keeps it out.
    expect(valid('212000135')).toBe('2120001355');
    expect(findIdentityNumbers('212000-1355')).toEqual([]);
  });

  it('accepts that a phone number can collide with a valid personnummer (a warning is the safe side)', () => {
    // 0701234569 passes the date check (2007-01-23) and Luhn: it is flagged.
    expect(valid('070123456')).toBe('0701234569');
    expect(containsIdentityNumber('Ring 0701234569')).toBe(true);
  });
});

describe('offsets in Swedish text', () => {
  it('reports UTF-16 offsets that slice the match out of the text', () => {
    const text = 'Ärendet gäller Åsa Öberg (811218-9876) och hennes ansökan om bistånd.';
    const [match, ...rest] = findIdentityNumbers(text);
    expect(rest).toEqual([]);
    expect(match).toEqual({ start: text.indexOf('811218'), end: text.indexOf(')'), text: '811218-9876', kind: 'personnummer' });
    expect(text.slice(match?.start, match?.end)).toBe('811218-9876');
  });

  it('counts characters outside the BMP as two UTF-16 units', () => {
    const text = '🙂 Överklagande från 19121212-1212';
    const [match] = findIdentityNumbers(text);
    expect(match?.start).toBe(21); // 2 for the emoji + 19 for " Överklagande från "
    expect(match?.end).toBe(text.length);
    expect(text.slice(match?.start, match?.end)).toBe('19121212-1212');
  });

  it('finds every number, in order, next to punctuation', () => {
    const sam = sep(valid('701063239'));
    const text = `Sökande: 811218-9876, medsökande ${sam}; ombud 191212121212.\nDnr SN 2024/1234-1, tfn 070-123 45 67.`;
    expect(findIdentityNumbers(text).map((m) => [m.text, m.kind, text.slice(m.start, m.end)])).toEqual([
      ['811218-9876', 'personnummer', '811218-9876'],
      [sam, 'samordningsnummer', sam],
      ['191212121212', 'personnummer', '191212121212'],
    ]);
  });

  it('finds numbers at the start and end of a line and inside quotes', () => {
    const text = '811218-9876 ansökte.\nSe även ”19121212-1212”\n8112189876';
    expect(findIdentityNumbers(text).map((m) => m.start)).toEqual([0, text.indexOf('19121212'), text.lastIndexOf('8112189876')]);
  });

  it('gives the same answer when called repeatedly (no shared regex state)', () => {
    const text = 'Personnummer 811218-9876 i texten.';
    expect(findIdentityNumbers(text)).toEqual(findIdentityNumbers(text));
    expect(containsIdentityNumber(text)).toBe(true);
    expect(findIdentityNumbers(text)).toHaveLength(1);
  });
});

describe('redactIdentityNumbers', () => {
  const marker = privacyText.redactionMarker;

  it('replaces every match by the marker and counts them', () => {
    const text = 'Åsa (811218-9876) och Örjan (19121212-1212) har ansökt. Dnr SN 2024/1234-1, möte 2025-08-20 kl. 13.00.';
    expect(redactIdentityNumbers(text, marker)).toEqual({
      text: 'Åsa ([uppgift borttagen]) och Örjan ([uppgift borttagen]) har ansökt. Dnr SN 2024/1234-1, möte 2025-08-20 kl. 13.00.',
      count: 2,
    });
  });

  it('leaves text without identity numbers unchanged', () => {
    const text = 'Beslut: nämnden godkänner budgeten på 1 234 567 kr. Ring 08-123 456 78.';
    expect(redactIdentityNumbers(text, marker)).toEqual({ text, count: 0 });
    expect(redactIdentityNumbers('', marker)).toEqual({ text: '', count: 0 });
  });

  it('handles adjacent matches and numbers at both ends', () => {
    expect(redactIdentityNumbers('811218-9876\n19121212-1212', 'X')).toEqual({ text: 'X\nX', count: 2 });
  });

  it('leaves nothing that is still detected', () => {
    const text = 'Sökande 811218-9876, 811218+9876, 811218 9876 och 8112189876.';
    const { text: redacted, count } = redactIdentityNumbers(text, marker);
    expect(count).toBe(4);
    expect(containsIdentityNumber(redacted)).toBe(false);
    expect(redacted).not.toMatch(/9876/);
  });
});

describe('privacy texts (sv)', () => {
  it('has the marker and the warning', () => {
    expect(privacyText.redactionMarker).toBe('[uppgift borttagen]');
    expect(privacyText.identityNumberWarning).toBe(
      'Texten innehåller något som ser ut som ett personnummer. Personuppgifter får inte stå i protokollet – ta bort eller avidentifiera.',
    );
  });

  it('names the sections that block sending for approval', () => {
    const prefix = 'Protokollet kan inte skickas för justering: det innehåller något som ser ut som ett personnummer';
    expect(privacyText.approvalBlocked([3])).toBe(`${prefix} (§ 3).`);
    expect(privacyText.approvalBlocked([5, 3])).toBe(`${prefix} (§§ 3 och 5).`);
    expect(privacyText.approvalBlocked([12, 3, 5, 3])).toBe(`${prefix} (§§ 3, 5 och 12).`);
    expect(privacyText.approvalBlocked([])).toBe(`${prefix}.`);
  });

  it('counts redactions', () => {
    expect(privacyText.redacted(1)).toBe('Ett personnummer har ersatts med [uppgift borttagen].');
    expect(privacyText.redacted(3)).toBe('3 personnummer har ersatts med [uppgift borttagen].');
  });
});
