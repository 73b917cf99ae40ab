// Opens a built document the way Word does — as a zip of XML parts — and reads it back:
// every part must be well-formed XML; paragraphs come back with their style and text.
import type { Document } from 'docx';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { packDocument } from '../../electron/core/documents/pack.ts';

export type Para = { style: string | null; text: string; xml: string };

export type Unpacked = {
  bytes: Uint8Array;
  document: string;
  styles: string;
  numbering: string;
  headers: string;
  footers: string;
  paragraphs: Para[];
  /** The whole body's text, a paragraph a line. */
  text: string;
  headerText: string;
  footerText: string;
};

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]!);

export function paragraphsOf(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    // Text, tabs (a run's <w:tab/>, not the tab stops in <w:tabs>) and line breaks, in order.
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[0] === '<w:br/>' ? '\n' : decode(m[1]!)))
      .join(''),
    xml: p,
  }));
}

const textOf = (xml: string) => paragraphsOf(xml).map((p) => p.text).join('\n');

/** Every `.xml` part must parse: a document Word cannot parse does not open at all. */
function expectWellFormed(name: string, xml: string): void {
  const result = XMLValidator.validate(xml);
  expect(result === true ? true : `${name}: ${JSON.stringify(result.err)}`).toBe(true);
}

export async function unpack(doc: Document): Promise<Unpacked> {
  const bytes = await packDocument(doc);
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
    const xml = await zip.file(name)!.async('string');
    expectWellFormed(name, xml);
    parts.set(name, xml);
  }
  const joined = (prefix: string) => [...parts].filter(([n]) => n.startsWith(prefix)).map(([, xml]) => xml).join('\n');
  const document = parts.get('word/document.xml') ?? '';
  const headers = joined('word/header');
  const footers = joined('word/footer');
  return {
    bytes,
    document,
    styles: parts.get('word/styles.xml') ?? '',
    numbering: parts.get('word/numbering.xml') ?? '',
    headers,
    footers,
    paragraphs: paragraphsOf(document),
    text: textOf(document),
    headerText: textOf(headers),
    footerText: textOf(footers),
  };
}

export const headingTexts = (doc: Unpacked, level: 1 | 2 | 3) => doc.paragraphs.filter((p) => p.style === `Heading${level}`).map((p) => p.text);

/** The tables of the body, each as rows of cell texts, with whether each row repeats as a header. */
export function tablesOf(xml: string): { header: boolean; cells: string[] }[][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) =>
    [...table.matchAll(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g)].map(([row]) => ({
      header: /<w:tblHeader\/>/.test(row),
      cells: [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => textOf(cell)),
    })),
  );
}

/** Shared checks of every document: language, heading styles defined, page numbers in the footer. */
export function expectWordStructure(doc: Unpacked): void {
  expect(doc.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="sv-SE"\/>[\s\S]*<\/w:docDefaults>/);
  for (const level of [1, 2, 3]) {
    expect(doc.styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">[\\s\\S]*?<w:outlineLvl w:val="${level - 1}"/>[\\s\\S]*?</w:style>`));
  }
  expect(headingTexts(doc, 1)).toHaveLength(1);
  expect(doc.footerText).toContain('Sida');
  expect(doc.footers).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
  expect(doc.footers).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  // A4 with 2.5 cm margins.
  expect(doc.document).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/);
  // Every data table's first row repeats on each page.
  for (const table of tablesOf(doc.document)) expect(table[0]?.header).toBe(true);
}
