// Pure rules of full-text search: turning what a secretary types into a safe FTS5 query, and
// splitting highlighted text for display. The user's text never reaches FTS5 syntax directly:
// every word is quoted, so operators, column names and stray quotes cannot break the query.

/** Marks the start and end of a highlighted match in titles and snippets (control characters never typed by users). */
export const highlightStart = '\u0002';
export const highlightEnd = '\u0003';

/** More words than this are ignored: a half-remembered search is short. */
const maxTerms = 12;
/** A one-letter prefix would expand to most of the vocabulary; it is matched as a whole word instead. */
const minPrefixLength = 2;

// Letters and digits in any script: the same characters FTS5's unicode61 tokenizer keeps.
const tokenPattern = /[\p{L}\p{N}]+/gu;

type Term = { tokens: string[]; phrase: boolean };

function termsOf(text: string): { terms: Term[]; lastIsOpen: boolean } {
  const terms: Term[] = [];
  let lastIsOpen = false;
  // "a quoted phrase" or a run of non-space characters; an unclosed quote runs to the end.
  const chunkPattern = /"([^"]*)("?)|(\S+)/gu;
  for (const match of text.matchAll(chunkPattern)) {
    const quoted = match[1] !== undefined;
    const body = (quoted ? match[1] : match[3]) ?? '';
    const tokens = body.match(tokenPattern) ?? [];
    if (tokens.length === 0) continue;
    terms.push({ tokens, phrase: quoted || tokens.length > 1 });
    const end = (match.index ?? 0) + match[0].length;
    // The last term is still being typed unless a space or a closing quote follows it.
    lastIsOpen = end === text.length && !(quoted && match[2] === '"');
  }
  return { terms: terms.slice(0, maxTerms), lastIsOpen };
}

/**
 * The FTS5 MATCH expression for the user's text, or null when it holds no searchable word.
 * Words are ANDed; "quoted text" and hyphenated words are phrases; with `prefix`, the word being
 * typed (the last one, with no space after it) also matches longer words ("skol" finds "skolan").
 */
export function toFtsQuery(text: string, options: { prefix: boolean }): string | null {
  const { terms, lastIsOpen } = termsOf(text.normalize('NFC'));
  if (terms.length === 0) return null;
  return terms
    .map((term, index) => {
      const quoted = `"${term.tokens.join(' ')}"`;
      const isLast = index === terms.length - 1;
      const lastToken = term.tokens[term.tokens.length - 1] ?? '';
      const asPrefix = options.prefix && isLast && lastIsOpen && [...lastToken].length >= minPrefixLength;
      return asPrefix ? `${quoted}*` : quoted;
    })
    .join(' ');
}

export type HighlightSegment = { text: string; highlighted: boolean };

/** Splits a highlighted title or snippet into plain and highlighted runs. */
export function splitHighlights(value: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let highlighted = false;
  let current = '';
  for (const char of value) {
    if (char === highlightStart || char === highlightEnd) {
      if (current) segments.push({ text: current, highlighted });
      current = '';
      highlighted = char === highlightStart;
    } else {
      current += char;
    }
  }
  if (current) segments.push({ text: current, highlighted });
  return segments;
}

/** The text without highlight markers. */
export const withoutHighlights = (value: string): string => splitHighlights(value).map((s) => s.text).join('');
