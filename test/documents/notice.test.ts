import { describe, expect, it } from 'vitest';
import { buildNoticeDocument } from '../../electron/core/documents/notice.ts';
import { noticeModel } from './fixtures.ts';
import { expectWordStructure, headingTexts, tablesOf, unpack } from './docxParts.ts';

describe('notice with agenda', () => {
  it('says when and where, who is invited, the agenda and the actions to follow up', async () => {
    const doc = await unpack(buildNoticeDocument(noticeModel()));
    expectWordStructure(doc);
    expect(headingTexts(doc, 1)).toEqual(['Kallelse med dagordning']);
    expect(headingTexts(doc, 2)).toEqual(['Dagordning', 'Uppdrag som följs upp']);
    expect(headingTexts(doc, 3)).toEqual(['§ 16 Mötets öppnande', '§ 17 Handlingsplan mot skolfrånvaro']);
    for (const expected of [
      'Styrgruppen skola–socialtjänst',
      'Datum\tonsdag 17 september 2025',
      'Tid\tkl. 09.00–11.30',
      'Plats\tStadshuset, sal Kärnan',
      'Kallade\tKarin Ek, utbildningsdirektör, Skol- och fritidsförvaltningen (ordförande)',
      'Åsa Öström, chef elevhälsan, Skol- och fritidsförvaltningen',
      'Sara Lind, verksamhetschef, Socialförvaltningen (ersättare)',
      'Föredragande: Åsa Öström',
      'Handlingsplan skolfrånvaro, utkast, Dnr SFF 2025/88',
      'Maja Persson, nämndsekreterare, 3 september 2025',
    ]) {
      expect(doc.text).toContain(expected);
    }
    const [actions] = tablesOf(doc.document);
    expect(actions![0]).toEqual({ header: true, cells: ['Beslut', 'Uppdrag', 'Ansvarig', 'Klart senast', 'Status'] });
    expect(actions![1]!.cells).toEqual(['§ 8, 2025-05-21', 'Ny socialtjänstlag till nämndsdagen', 'Johan Berg\nSocialförvaltningen', '2025-05-30', 'Pågår\nFörsenad']);
    expect(doc.headerText).toContain('KALLELSE');
    expect(doc.headerText).not.toContain('UTKAST');
  });

  it('numbers the agenda by position before the meeting has § numbers, and says when nothing is open', async () => {
    const model = noticeModel();
    const doc = await unpack(buildNoticeDocument(noticeModel({ items: model.items.map((i) => ({ ...i, sectionNumber: null })), openActions: [], place: null, startTime: null, endTime: null })));
    expect(headingTexts(doc, 3)).toEqual(['1. Mötets öppnande', '2. Handlingsplan mot skolfrånvaro']);
    expect(doc.text).toContain('Gruppen har inga öppna uppdrag att följa upp.');
    expect(doc.text).not.toContain('Plats\t');
    expect(doc.text).not.toContain('Tid\t');
    expect(tablesOf(doc.document)).toHaveLength(0);
  });
});
