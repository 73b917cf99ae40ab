// The template editor's list rules: where a new item goes, moving one step, and which row a
// save error belongs to when the API names items by their index.
import { describe, expect, it } from 'vitest';
import { defaultTemplate, insertIndex, moveRow, templateErrors, type TemplateRow } from '../../renderer/src/features/groups/agendaTemplateRows.ts';

const rows: TemplateRow[] = defaultTemplate().map((item, i) => ({ ...item, key: `k${i}` }));
const titles = (list: readonly TemplateRow[]) => list.map((row) => row.title);

describe('agenda template rows', () => {
  it('starts from the eight standing items in Swedish', () => {
    expect(titles(rows)).toEqual([
      'Mötets öppnande',
      'Val av justerare',
      'Godkännande av dagordningen',
      'Föregående protokoll',
      'Uppföljning av beslut och uppdrag',
      'Övriga frågor',
      'Nästa möte',
      'Mötets avslutande',
    ]);
  });

  it('puts a new item before the closing items, or last when there are none', () => {
    expect(insertIndex(rows)).toBe(5);
    expect(insertIndex(rows.slice(0, 3))).toBe(3);
    expect(insertIndex([])).toBe(0);
  });

  it('moves an item one step and leaves the list alone at either end', () => {
    expect(titles(moveRow(rows, 1, -1)).slice(0, 2)).toEqual(['Val av justerare', 'Mötets öppnande']);
    expect(titles(moveRow(rows, 6, 1)).slice(6)).toEqual(['Mötets avslutande', 'Nästa möte']);
    expect(moveRow(rows, 0, -1)).toEqual(rows);
    expect(moveRow(rows, 7, 1)).toEqual(rows);
  });

  it('shows an error at the item the API named by index, the rest in the message bar', () => {
    const atItem = templateErrors({ code: 'VALIDATION', message: 'Fel', issues: [{ path: 'items.2.title', message: 'Fältet måste fyllas i.' }] }, rows);
    expect(atItem.byKey.get('k2')).toBe('Fältet måste fyllas i.');
    expect(atItem.general).toBeNull();

    const general = templateErrors({ code: 'VALIDATION', message: 'Fel', issues: [{ path: 'items', message: 'Högst 40 punkter.' }] }, rows);
    expect(general.byKey.size).toBe(0);
    expect(general.general?.message).toBe('Fel');
    expect(general.issues).toEqual([{ path: 'items', message: 'Högst 40 punkter.' }]);

    expect(templateErrors(null, rows).general).toBeNull();
  });
});
