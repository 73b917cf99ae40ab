// The pure § numbering rule and the notes' plain text (what the confidentiality guard reads).
import { describe, expect, it } from 'vitest';
import { assignSectionNumbers, type NumberingMeeting } from '../../shared/domain/sectionNumbers.ts';
import { jsonDepth, mapJsonStrings, notesPlainText } from '../../shared/domain/notesText.ts';

const meeting = (id: string, status: NumberingMeeting['status'], numbers: (number | null)[]): NumberingMeeting => ({
  id,
  status,
  items: numbers.map((sectionNumber, i) => ({ id: `${id}-${i}`, sectionNumber })),
});
const numbered = (meetings: NumberingMeeting[], first = 1) => {
  const { numbers, blockedBy } = assignSectionNumbers(meetings, first);
  return { blockedBy, byMeeting: meetings.map((m) => m.items.map((i) => numbers.get(i.id))) };
};

describe('assignSectionNumbers', () => {
  it('numbers held meetings in order, skips planned and cancelled ones', () => {
    const result = numbered([meeting('a', 'draft', [null, null]), meeting('b', 'cancelled', [7]), meeting('c', 'planned', [null]), meeting('d', 'for_approval', [9, 9, 9])]);
    expect(result).toEqual({ blockedBy: null, byMeeting: [[1, 2], [null], [null], [3, 4, 5]] });
  });

  it('keeps approved numbers and continues after them, from the year’s first number', () => {
    expect(numbered([meeting('a', 'approved', [20, 21, 22]), meeting('b', 'draft', [1, 1])], 20).byMeeting).toEqual([[20, 21, 22], [23, 24]]);
    expect(numbered([meeting('a', 'draft', [null])], 40).byMeeting).toEqual([[40]]);
  });

  it('reports a held, unapproved meeting before an approved one', () => {
    expect(numbered([meeting('a', 'draft', [null]), meeting('b', 'approved', [1])]).blockedBy).toEqual({ heldId: 'a', approvedId: 'b' });
  });
});

describe('notes text', () => {
  const doc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: '19121212', marks: [{ type: 'bold' }] }, { type: 'text', text: '-1212 fetstil' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'rad' }, { type: 'hardBreak' }, { type: 'text', text: 'ny rad' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'punkt' }] }] }] },
      { type: 'paragraph' },
    ],
  };

  it('joins the text of a block as written and puts blocks on lines of their own', () => {
    expect(notesPlainText(doc)).toBe('19121212-1212 fetstil\nrad\nny rad\npunkt');
    expect(notesPlainText({ type: 'doc' })).toBe('');
  });

  it('measures nesting without recursion and rewrites every string', () => {
    expect(jsonDepth(doc)).toBe(9);
    const deep = JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) as unknown;
    expect(jsonDepth(deep)).toBe(50_000);
    expect(mapJsonStrings({ a: ['x', { b: 'y' }], n: 1 }, (s) => s.toUpperCase())).toEqual({ a: ['X', { b: 'Y' }], n: 1 });
  });
});
