import { describe, expect, it } from 'vitest';
import { buildActionListDocument } from '../../electron/core/documents/actionList.ts';
import { packDocument, safeFileName } from '../../electron/core/documents/pack.ts';
import { actionListModel } from './fixtures.ts';

describe('packing and file names', () => {
  it('packs a document into .docx bytes (a zip)', async () => {
    const bytes = await packDocument(buildActionListDocument(actionListModel()));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('keeps Swedish letters, § and dashes in file names', () => {
    expect(safeFileName('Protokollsutdrag Styrgruppen skola–socialtjänst 2025-06-12 § 12–14 Barn- och utbildningsnämnden')).toBe(
      'Protokollsutdrag Styrgruppen skola–socialtjänst 2025-06-12 § 12–14 Barn- och utbildningsnämnden',
    );
    expect(safeFileName('Åtgärdslista Överförmyndarnämnden')).toBe('Åtgärdslista Överförmyndarnämnden');
  });

  it('removes what Windows refuses', () => {
    expect(safeFileName('Kallelse a/b\\c:d*e?f"g<h>i|j')).toBe('Kallelse a b c d e f g h i j');
    expect(safeFileName('Rad\nbrytning\ttab')).toBe('Rad brytning tab');
    expect(safeFileName('Slutar med punkt. . ')).toBe('Slutar med punkt');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName(' :*? ')).toBe('Dokument');
    expect(safeFileName('x'.repeat(300))).toHaveLength(150);
  });
});
