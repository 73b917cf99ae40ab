import { describe, expect, it } from 'vitest';
import { buildExtractDocument } from '../../electron/core/documents/extract.ts';
import { buildProtocolDocument } from '../../electron/core/documents/protocol.ts';
import { confidentialText, extractModel, protocolModel } from './fixtures.ts';
import { expectWordStructure, headingTexts, tablesOf, unpack } from './docxParts.ts';

describe('protocol extract', () => {
  it('holds only the chosen §§, certified, for the recipient', async () => {
    const doc = await unpack(buildExtractDocument(extractModel()));
    expectWordStructure(doc);
    expect(headingTexts(doc, 1)).toEqual(['Utdrag ur protokoll']);
    expect(headingTexts(doc, 2)).toEqual(['§ 12 Skolsociala team – fortsatt arbete']);
    expect(doc.text).toContain('Styrgruppen skola–socialtjänst');
    expect(doc.text).toContain('Sammanträdesdatum\t12 juni 2025');
    expect(doc.text).toContain('Justerat\t18 juni 2025');
    expect(doc.text).not.toContain('Mötets öppnande');
    expect(doc.text).not.toContain('Närvarande');
    const lines = doc.text.split('\n');
    const certify = lines.indexOf('Rätt utdraget intygar');
    expect(certify).toBeGreaterThan(lines.indexOf('Expedieras till: Socialnämnden'));
    expect(lines.slice(certify)).toContain('Maja Persson, nämndsekreterare, 26 juni 2025');
    expect(doc.headerText).toContain('UTDRAG UR PROTOKOLL');
    expect(doc.headerText).not.toContain('UTKAST');
  });

  it('prints the §§ exactly as the protocol does, with their corrections and nothing else', async () => {
    const extract = await unpack(buildExtractDocument(extractModel()));
    const protocol = await unpack(buildProtocolDocument(protocolModel()));
    const section = (lines: string[]) => lines.slice(lines.indexOf('§ 12 Skolsociala team – fortsatt arbete'), lines.findIndex((l) => l.startsWith('§ 13')));
    const fromProtocol = section(protocol.text.split('\n'));
    const extractLines = extract.text.split('\n');
    const start = extractLines.indexOf(fromProtocol[0]!);
    expect(extractLines.slice(start, start + fromProtocol.length)).toEqual(fromProtocol);
    expect(extract.text).toContain('Klart senast för skolans del ska vara 2025-11-30.');
    expect(extract.text).not.toContain('Lena Holm var närvarande');
  });

  it('carries a follow-up’s reason for a new due date and its escalation, as the protocol does', async () => {
    const doc = await unpack(buildExtractDocument(extractModel({ sections: [14] })));
    const followUps = tablesOf(doc.document)[0]!;
    expect(followUps[1]!.cells[3]).toBe('Presentationen är planerad.\nNytt klart senast: 2025-09-30. Skäl: Nämndsdagen är flyttad till september.\nEskalerat till: Styrgruppens ordförande');
  });

  it('keeps several chosen §§ in agenda order, and keeps a confidential § out: only its standard line', async () => {
    const doc = await unpack(buildExtractDocument(extractModel({ sections: [13, 12], recipientName: null })));
    expect(headingTexts(doc, 2)).toEqual(['§ 12 Skolsociala team – fortsatt arbete', '§ 13 Ärendet innehåller sekretessbelagda uppgifter']);
    expect(doc.text).not.toContain(confidentialText);
    expect(doc.text).not.toContain('Expedieras till: ');
    expect(doc.text).toContain('Rätt utdraget intygar');
  });
});
