import { describe, expect, it } from 'vitest';
import { buildProtocolDocument } from '../../electron/core/documents/protocol.ts';
import { approvedCopy, confidentialText, protocolModel } from './fixtures.ts';
import { expectWordStructure, headingTexts, tablesOf, unpack } from './docxParts.ts';

const indexOf = (lines: string[], text: string) => lines.findIndex((l) => l.includes(text));

describe('protocol document', () => {
  it('is a well-formed Word document in Swedish with headings, page numbers and repeating table headers', async () => {
    const doc = await unpack(buildProtocolDocument(protocolModel()));
    expectWordStructure(doc);
    expect(headingTexts(doc, 1)).toEqual(['Protokoll']);
    expect(headingTexts(doc, 2).slice(0, 5)).toEqual([
      '§ 11 Mötets öppnande',
      '§ 12 Skolsociala team – fortsatt arbete',
      '§ 13 Ärende om enskild elev',
      '§ 14 Uppföljning av beslut',
      '§ 15 Mötets avslutande',
    ]);
  });

  it('opens with the meeting facts: when, where, who was there and in which role', async () => {
    const { text } = await unpack(buildProtocolDocument(protocolModel()));
    for (const expected of [
      'Styrgruppen skola–socialtjänst',
      'Datum\ttorsdag 12 juni 2025',
      'Tid\tkl. 13.00–15.00',
      'Plats\tStadshuset, sal Kärnan',
      'Närvarande\tKarin Ek, utbildningsdirektör, Skol- och fritidsförvaltningen (ordförande)',
      'Åsa Öström, chef elevhälsan, Skol- och fritidsförvaltningen',
      'Sara Lind ersätter Per Nyström, verksamhetschef, Socialförvaltningen',
      'Frånvarande\tPer Nyström',
      'Övriga närvarande\tEva Strand, jurist, Socialförvaltningen, § 12',
      'Ordförande\tKarin Ek',
      'Sekreterare\tMaja Persson',
      'Justerare\tJohan Berg',
      'Paragrafer\t§§ 11–15',
      'Justerat\t18 juni 2025',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints each § with basis, notes as real lists with bold and italic, decision, actions and recipients', async () => {
    const doc = await unpack(buildProtocolDocument(protocolModel()));
    const lines = doc.text.split('\n');
    const s12 = indexOf(lines, '§ 12 Skolsociala');
    const after = (text: string, from: number) => lines.findIndex((l, i) => i > from && l === text);
    const order: number[] = [];
    for (const heading of ['Föredragande: Åsa Öström', 'Ärendebeskrivning', 'Beslutsunderlag', 'Anteckningar', 'Beslut', 'Uppdrag', 'Expedieras till']) {
      order.push(after(heading, order[order.length - 1] ?? s12));
    }
    expect(order.every((i) => i > s12)).toBe(true);
    expect(order[order.length - 1]).toBeLessThan(indexOf(lines, '§ 13 '));
    expect(doc.text).toContain('Slutrapport pilotprojekt skolsociala team, 2024-12-06');
    expect(doc.text).toContain('Barn- och utbildningsnämnden, Socialnämnden');

    const bold = doc.paragraphs.find((p) => p.text.startsWith('Pilotprojektet har avrapporterats'))!;
    expect(bold.xml).toMatch(/<w:b\/>[\s\S]*?<w:t xml:space="preserve">avrapporterats<\/w:t>/);
    expect(bold.xml).toMatch(/<w:i\/>[\s\S]*?<w:t xml:space="preserve">mellan skollagen och socialtjänstlagen<\/w:t>/);
    expect(bold.xml).toContain('<w:br/>');
    const listItem = (text: string) => doc.paragraphs.find((p) => p.text === text)!.xml;
    expect(listItem('Fyra skolor deltog i piloten')).toMatch(/<w:ilvl w:val="0"\/>/);
    expect(listItem('Kortare väntetider')).toMatch(/<w:ilvl w:val="1"\/>/);
    expect(listItem('Juridisk bedömning')).toMatch(/<w:numPr>/);
    expect(doc.numbering).toContain('w:val="decimal"');
    expect(doc.numbering).toContain('w:val="bullet"');

    const actions = tablesOf(doc.document)[0]!;
    expect(actions[0]!.cells).toEqual(['Uppdrag', 'Ansvarig', 'Organisation', 'Klart senast']);
    expect(actions[1]!.cells).toEqual(['Samordna juridisk bedömning, skolans del', 'Åsa Öström', 'Skol- och fritidsförvaltningen', '2025-10-31']);
    expect(actions[2]!.cells).toEqual(['Sammanställa erfarenheter i en lärandelogg\nRedovisas vid nästa möte', 'Omlottgruppen', '–', '2025-11-15']);
  });

  it('prints follow-ups under their item, with why a due date moved and to whom it was escalated, and corrections where they belong', async () => {
    const doc = await unpack(buildProtocolDocument(protocolModel()));
    const lines = doc.text.split('\n');
    const followUps = tablesOf(doc.document)[1]!;
    expect(followUps[0]!.cells).toEqual(['Beslut', 'Uppdrag', 'Status', 'Kommentar']);
    expect(followUps[1]!.cells).toEqual([
      '§ 8, 2025-05-21',
      'Ny socialtjänstlag till nämndsdagen\nNy ansvarig: Johan Berg, Socialförvaltningen',
      'Pågår',
      'Presentationen är planerad.\nNytt klart senast: 2025-09-30. Skäl: Nämndsdagen är flyttad till september.\nEskalerat till: Styrgruppens ordförande',
    ]);
    expect(indexOf(lines, 'Uppföljning av beslut och uppdrag')).toBeGreaterThan(indexOf(lines, '§ 14 '));
    expect(doc.text).not.toContain('konstaterar att uppdraget är slutfört');

    const tied = indexOf(lines, 'Klart senast för skolans del ska vara 2025-11-30.');
    expect(tied).toBeGreaterThan(indexOf(lines, '§ 12 '));
    expect(tied).toBeLessThan(indexOf(lines, '§ 13 '));
    expect(lines[tied - 2]).toBe('Rättelse');
    expect(lines[tied - 1]).toBe('25 juni 2025, Maja Persson, nämndsekreterare');
    expect(lines[tied + 1]).toBe('Skäl: Fel datum skrevs in vid mötet.');
    expect(indexOf(lines, 'Lena Holm var närvarande')).toBeGreaterThan(lines.indexOf('Rättelser'));
    expect(lines.indexOf('Rättelser')).toBeGreaterThan(lines.indexOf('Justeras'));
  });

  it('confirms a closed action in the follow-up: the group states that the action is completed', async () => {
    const copy = approvedCopy();
    const followUp = copy.items.find((i) => i.kind === 'follow_up')!;
    followUp.followUps.push({ ...followUp.followUps[0]!, id: 'f-2', actionTitle: 'Kartlägga elevhälsans resurser', status: 'done', note: 'Kartläggningen är klar och används i budgeten.', newDueDate: null, dueDateReason: null, newOwner: null, escalatedTo: null });
    const followUps = tablesOf((await unpack(buildProtocolDocument(protocolModel({ copy })))).document)[1]!;
    expect(followUps[2]!.cells).toEqual([
      '§ 8, 2025-05-21',
      'Kartlägga elevhälsans resurser',
      'Klar',
      'Kartläggningen är klar och används i budgeten.\nStyrgruppen konstaterar att uppdraget är slutfört.',
    ]);
  });

  it('ends with the signature block and carries the sign boxes in the footer', async () => {
    const doc = await unpack(buildProtocolDocument(protocolModel()));
    const lines = doc.text.split('\n');
    const at = lines.indexOf('Vid protokollet');
    expect(at).toBeGreaterThan(indexOf(lines, '§ 15 '));
    expect(lines.slice(at)).toEqual(expect.arrayContaining(['Maja Persson, sekreterare', 'Justeras', 'Karin Ek, ordförande\tJohan Berg, justerare', 'Protokollet justerades 18 juni 2025.']));
    expect(doc.footerText).toContain('Justerandes sign');
    expect(doc.footerText).toContain('Utdragsbestyrkande');
    expect(doc.headerText).toContain('PROTOKOLL');
    expect(doc.headerText).not.toContain('UTKAST');
    expect(doc.text).not.toContain('UTKAST');
  });

  it('marks every page of a draft UTKAST and prints no approval date', async () => {
    for (const status of ['draft', 'for_approval'] as const) {
      const doc = await unpack(buildProtocolDocument(protocolModel({ status })));
      // One header for the whole section: Word and LibreOffice repeat it on every page.
      expect(doc.document.match(/<w:headerReference /g)).toHaveLength(1);
      expect(doc.document).toContain('<w:headerReference w:type="default"');
      expect(doc.document).not.toContain('<w:titlePg');
      expect(doc.headerText).toContain('UTKAST');
      expect(doc.text).not.toContain('Justerat\t');
      expect(doc.text).not.toContain('Protokollet justerades');
      expect(doc.text).toContain('Vid protokollet');
    }
  });

  it('leaves out § numbers a draft does not have yet', async () => {
    const copy = approvedCopy();
    const unnumbered = { ...copy, items: copy.items.map((i) => ({ ...i, sectionNumber: null })) };
    const doc = await unpack(buildProtocolDocument(protocolModel({ copy: unnumbered, status: 'draft', corrections: [] })));
    expect(headingTexts(doc, 2)[0]).toBe('Mötets öppnande');
    expect(doc.text).not.toContain('Paragrafer');
  });

  it('replaces the content of confidential items with the standard line in the public version', async () => {
    const full = await unpack(buildProtocolDocument(protocolModel()));
    expect(full.text).toContain(confidentialText);
    const pub = await unpack(buildProtocolDocument(protocolModel({ variant: 'public' })));
    expect(headingTexts(pub, 2)).toContain('§ 13 Ärendet innehåller sekretessbelagda uppgifter');
    expect(pub.text).not.toContain(confidentialText);
    expect(pub.text).not.toContain('Ärende om enskild elev');
    expect(pub.text).not.toContain('ärendet hanteras av elevhälsan');
    // Everything else stays.
    expect(pub.text).toContain('§ 12 Skolsociala team – fortsatt arbete');
    expect(pub.text).toContain('Styrgruppen beslutar att respektive förvaltnings jurister');
    expect(pub.text).toContain('Övriga närvarande\tEva Strand');
    expect(pub.text).toContain('Offentlig version');
  });

  it('prints minnesanteckningar with the same content but no signatures or sign boxes', async () => {
    const copy = approvedCopy();
    const doc = await unpack(buildProtocolDocument(protocolModel({ copy: { ...copy, meeting: { ...copy.meeting, kind: 'notes' } } })));
    expectWordStructure(doc);
    expect(headingTexts(doc, 1)).toEqual(['Minnesanteckningar']);
    expect(doc.text).toContain('§ 12 Skolsociala team – fortsatt arbete');
    expect(doc.text).toContain('Styrgruppen beslutar att respektive förvaltnings jurister');
    expect(doc.footerText).not.toContain('Justerandes sign');
    expect(doc.footerText).not.toContain('Utdragsbestyrkande');
    expect(doc.text).not.toContain('Vid protokollet');
    expect(doc.text).not.toContain('Justeras');
  });
});
