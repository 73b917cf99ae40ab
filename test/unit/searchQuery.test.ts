// What a secretary types becomes a safe FTS5 query: quoted words, phrases, a prefix for the word
// being typed; highlighted text splits into runs for display.
import { describe, expect, it } from 'vitest';
import { highlightEnd as e, highlightStart as s, splitHighlights, toFtsQuery, withoutHighlights } from '../../shared/domain/search.ts';

const typed = (text: string) => toFtsQuery(text, { prefix: true });

describe('toFtsQuery', () => {
  it('quotes every word, ANDs them, and treats the word being typed as a prefix', () => {
    expect(typed('skol')).toBe('"skol"*');
    expect(typed('tidiga insat')).toBe('"tidiga" "insat"*');
    expect(typed('tidiga insatser ')).toBe('"tidiga" "insatser"');
    expect(toFtsQuery('tidiga insat', { prefix: false })).toBe('"tidiga" "insat"');
  });

  it('keeps quoted phrases and hyphenated words together', () => {
    expect(typed('"tidiga insatser" skola')).toBe('"tidiga insatser" "skola"*');
    expect(typed('"tidiga insatser"')).toBe('"tidiga insatser"');
    expect(typed('"tidiga ins')).toBe('"tidiga ins"*');
    expect(typed('BUN-2024')).toBe('"BUN 2024"*');
  });

  it('does not expand a single letter, and ignores what holds no word', () => {
    expect(typed('barn o')).toBe('"barn" "o"');
    expect(typed('å')).toBe('"å"');
    expect(typed('  ')).toBeNull();
    expect(typed('"" * ( )')).toBeNull();
  });

  it('cannot be steered into FTS5 syntax', () => {
    expect(typed('title:barn OR NEAR(a')).toBe('"title barn" "OR" "NEAR a"');
    expect(typed('barn*')).toBe('"barn"*');
    expect(typed('-barn ^skola')).toBe('"barn" "skola"*');
  });
});

describe('splitHighlights', () => {
  it('splits marked text into plain and highlighted runs', () => {
    expect(splitHighlights(`Samverkan kring ${s}barn${e} och ${s}unga${e}`)).toEqual([
      { text: 'Samverkan kring ', highlighted: false },
      { text: 'barn', highlighted: true },
      { text: ' och ', highlighted: false },
      { text: 'unga', highlighted: true },
    ]);
    expect(withoutHighlights(`${s}Barn${e} och unga`)).toBe('Barn och unga');
    expect(splitHighlights('')).toEqual([]);
  });
});
