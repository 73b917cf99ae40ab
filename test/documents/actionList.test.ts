import { describe, expect, it } from 'vitest';
import { buildActionListDocument } from '../../electron/core/documents/actionList.ts';
import { actionListModel, actionRows } from './fixtures.ts';
import { expectWordStructure, headingTexts, tablesOf, unpack } from './docxParts.ts';

describe('action list', () => {
  it('lists each action with decision, owner, due date, status and latest follow-up on a landscape page', async () => {
    const doc = await unpack(buildActionListDocument(actionListModel()));
    expectWordStructure(doc);
    expect(doc.document).toContain('w:orient="landscape"');
    expect(headingTexts(doc, 1)).toEqual(['Åtgärdslista']);
    expect(doc.text).toContain('Urval: Status: Pågår · Organisation: Socialförvaltningen');
    expect(doc.text).toContain('Utskriven 20 juni 2025 av Maja Persson, nämndsekreterare');
    const [table] = tablesOf(doc.document);
    expect(table![0]).toEqual({ header: true, cells: ['Beslut', 'Uppdrag', 'Ansvarig', 'Organisation', 'Klart senast', 'Status', 'Senaste uppföljning'] });
    // Across groups each decision names its group.
    expect(table![1]!.cells).toEqual([
      'Styrgruppen skola–socialtjänst\n§ 8, 2025-05-21',
      'Ny socialtjänstlag till nämndsdagen',
      'Johan Berg',
      'Socialförvaltningen',
      '2025-05-30',
      'Pågår\nFörsenad',
      '2025-06-12: Presentationen är planerad.',
    ]);
    expect(table![2]!.cells).toEqual(['Omlottgruppen\n§ 21, 2025-04-02', 'Gemensam rutin för orosanmälan', 'Omlottgruppen', '–', '2025-12-31', 'Ej påbörjad', '–']);
    const overdue = doc.paragraphs.find((p) => p.text === 'Försenad')!;
    expect(overdue.xml).toContain('<w:b/>');
    // Cell padding is set once for the table (a year's report has thousands of cells), not per cell.
    const cellMargins = doc.document.match(/<w:tblCellMar>.*?<\/w:tblCellMar>/g)!;
    expect(cellMargins).toHaveLength(1);
    expect(cellMargins[0]).toContain('<w:left w:type="dxa" w:w="100"/>');
    expect(cellMargins[0]).toContain('<w:top w:type="dxa" w:w="40"/>');
    expect(doc.document).not.toContain('<w:tcMar>');
  });

  it('leaves the group out of the decision for one group, and says when nothing matches', async () => {
    const one = await unpack(buildActionListDocument(actionListModel({ scopeTitle: 'Styrgruppen skola–socialtjänst', filterDescription: '', rows: [actionRows[0]!] })));
    expect(tablesOf(one.document)[0]![1]!.cells[0]).toBe('§ 8, 2025-05-21');
    expect(one.text).toContain('Urval: alla uppdrag');
    const none = await unpack(buildActionListDocument(actionListModel({ rows: [] })));
    expect(none.text).toContain('Inga uppdrag matchar urvalet.');
    expect(tablesOf(none.document)).toHaveLength(0);
  });
});
