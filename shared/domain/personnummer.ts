// Detector for the confidentiality guard: Swedish personal identity numbers (personnummer) and
// coordination numbers (samordningsnummer) must never end up in minutes. Pure and runtime-neutral.
//
// Recognised forms (the last digit is a Luhn check digit over the 10-digit form YYMMDDNNN):
//   10 digits: YYMMDD-NNNN, YYMMDD+NNNN (the '+' marks a person aged 100 or more), YYMMDD NNNN, YYMMDDNNNN
//   12 digits: YYYYMMDD-NNNN, YYYYMMDD NNNN, YYYYMMDDNNNN (and, to be on the safe side, YYYYMMDD+NNNN)
// The date part must be a real date: month 01–12, day valid for that month. A samordningsnummer has
// 60 added to the day (61–91). 12-digit forms need a year 1800–2099 and follow the Gregorian leap
// years; for 10-digit forms the century is unknown, so 29 February is accepted if it exists in either
// century (that is, when YY is divisible by 4, 00 included because 2000 was a leap year).
//
// Separators: besides '-', '+' and a single space we also accept the look-alikes that word
// processors insert (non-breaking space, non-breaking hyphen, en dash, minus sign): text pasted
// from Word must not slip through. There is never a separator inside the date part, so ISO dates
// (2025-08-20) cannot match.
//
// Boundaries: a match is never adjacent to another digit or letter, nor to a connector (- + / . :)
// that joins it to a further digit, since then it is a fragment of a longer number (a case number
// like "SN 2024/1234-1", an account number, a version) rather than an identity number.
//
// Known, accepted false alarms: a 10-digit run without separator, such as a mobile number
// 07XXXXXXXX, collides with a valid personnummer whenever its first six digits happen to form a
// plausible date and its last digit happens to satisfy Luhn – roughly 1 in 10 of those with a
// plausible date. A child born in 2007 has a personnummer starting with 07, so phone-like numbers
// cannot be excluded; the guard only warns, and a needless warning is the safe side.
// Organisationsnummer never match: their third digit is 2 or more, so the "month" is 20 or more.

export type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

export interface IdentityNumberMatch {
  /** UTF-16 offset of the first character of the match in the searched text. */
  start: number;
  /** UTF-16 offset just past the match (text.slice(start, end) === match.text). */
  end: number;
  /** The matched text exactly as written, separator included. */
  text: string;
  kind: IdentityNumberKind;
}

// Hyphen-minus, plus, space, no-break space, narrow no-break space, hyphen, non-breaking hyphen,
// figure dash, en dash, minus sign.
const separator = '[-+ \\u00A0\\u202F\\u2010\\u2011\\u2012\\u2013\\u2212]';
// Characters that glue a neighbouring digit onto the candidate (making it part of a longer number).
const connector = '[-+/.:\\u2010\\u2011\\u2012\\u2013\\u2212]';

// Candidates only: the date part (8 or 6 digits), an optional separator and the last four digits,
// not adjacent to letters/digits or to connector+digit. Dates and check digits are verified below.
const candidatePattern = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?<!\\p{N}${connector})` +
    `(\\d{8}|\\d{6})(${separator}?)(\\d{4})` +
    `(?![\\p{L}\\p{N}_])(?!${connector}\\p{N})`,
  'gu',
);

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isGregorianLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Luhn check over the ten digits YYMMDDNNNC: true when C is the right check digit. */
function passesLuhn(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    let value = tenDigits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum % 10 === 0;
}

/**
 * The kind of number when the date part is plausible, otherwise null.
 * `year` is the full year for 12-digit forms, null for 10-digit forms (century unknown).
 */
function dateKind(year: number | null, twoDigitYear: number, month: number, rawDay: number): IdentityNumberKind | null {
  if (month < 1 || month > 12) return null;
  const kind: IdentityNumberKind = rawDay > 60 ? 'samordningsnummer' : 'personnummer';
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  if (day < 1 || day > (daysInMonth[month - 1] ?? 0)) return null;
  if (month === 2 && day === 29) {
    const leap = year === null ? twoDigitYear % 4 === 0 : isGregorianLeapYear(year);
    if (!leap) return null;
  }
  return kind;
}

function classify(datePart: string, lastFour: string): IdentityNumberKind | null {
  let year: number | null = null;
  let shortDate = datePart;
  if (datePart.length === 8) {
    year = Number(datePart.slice(0, 4));
    if (year < 1800 || year > 2099) return null;
    shortDate = datePart.slice(2);
  }
  const kind = dateKind(year, Number(shortDate.slice(0, 2)), Number(shortDate.slice(2, 4)), Number(shortDate.slice(4, 6)));
  if (kind === null || !passesLuhn(shortDate + lastFour)) return null;
  return kind;
}

function* matches(text: string): Generator<IdentityNumberMatch> {
  for (const m of text.matchAll(candidatePattern)) {
    const [whole, datePart = '', , lastFour = ''] = m;
    const kind = classify(datePart, lastFour);
    if (kind !== null) yield { start: m.index, end: m.index + whole.length, text: whole, kind };
  }
}

/** Every personnummer and samordningsnummer in the text, in order of appearance. */
export function findIdentityNumbers(text: string): IdentityNumberMatch[] {
  return [...matches(text)];
}

export function containsIdentityNumber(text: string): boolean {
  return !matches(text).next().done;
}

/** Replaces every match by `marker` (e.g. privacyText.redactionMarker) and counts the replacements. */
export function redactIdentityNumbers(text: string, marker: string): { text: string; count: number } {
  let result = '';
  let position = 0;
  let count = 0;
  for (const match of matches(text)) {
    result += text.slice(position, match.start) + marker;
    position = match.end;
    count += 1;
  }
  return { text: result + text.slice(position), count };
}
