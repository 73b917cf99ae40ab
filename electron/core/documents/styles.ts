// The look every document shares: A4 with 2.5 cm margins, Arial 11 pt, document language
// sv-SE, real heading styles (Word's navigation pane and tables of contents use them), list
// numbering for notes, a running header (with "UTKAST" on every page of a draft) and a footer
// with "Sida X (Y)" — for protocols also the "Justerandes sign" and "Utdragsbestyrkande" boxes.
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  Header,
  HeightRule,
  LevelFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ILevelsOptions,
  type NumberingDefinition,
} from 'docx';
import { documentText } from '../../../shared/i18n/sv/documents.ts';

export const bodyFont = 'Arial';
const a4 = { width: 11906, height: 16838 };
const margin = convertMillimetersToTwip(25);

/** The width between the margins, in twips. */
export const textWidth = (landscape = false): number => (landscape ? a4.height : a4.width) - 2 * margin;

/** Custom paragraph styles, besides Word's built-in Normal, Heading 1–3 and List Paragraph. */
export const styleIds = { groupName: 'Gruppnamn', tableText: 'Tabelltext', tableHeading: 'Tabellrubrik', small: 'LitenText', draftMark: 'Utkastmarkering' } as const;

export const listReference = { bullet: 'punktlista', ordered: 'numrerad-lista', dash: 'tankstreckslista' } as const;

const levelIndent = (level: number) => convertMillimetersToTwip(6.35 * (level + 1));
/** Left indent of text inside a list item at `level`, for a list item's second paragraph. */
export const listTextIndent = levelIndent;

function levels(format: (level: number) => Pick<ILevelsOptions, 'format' | 'text'>, start = 1): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    ...format(level),
    style: { paragraph: { indent: { left: levelIndent(level), hanging: convertMillimetersToTwip(6.35) } } },
  }));
}

const bullets = ['•', '◦', '▪'];
const orderedFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;

/** A numbered list's definition; lists that start at another number than 1 get their own. */
export function orderedList(start = 1): NumberingDefinition {
  return {
    reference: start === 1 ? listReference.ordered : `${listReference.ordered}-${start}`,
    levels: levels((level) => ({ format: orderedFormats[level % 3]!, text: level % 3 === 1 ? `%${level + 1})` : `%${level + 1}.` }), start),
  };
}

const numbering: NumberingDefinition[] = [
  { reference: listReference.bullet, levels: levels((level) => ({ format: LevelFormat.BULLET, text: bullets[level % 3]! })) },
  { reference: listReference.dash, levels: levels(() => ({ format: LevelFormat.BULLET, text: '–' })) },
  orderedList(),
];

const styles = {
  default: {
    document: {
      run: { font: bodyFont, size: 22, language: { value: 'sv-SE' } },
      paragraph: { spacing: { after: 120, line: 264 } },
    },
    heading1: { run: { font: bodyFont, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 240 }, keepNext: true, outlineLevel: 0 } },
    heading2: { run: { font: bodyFont, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 } },
    heading3: { run: { font: bodyFont, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, outlineLevel: 2 } },
    listParagraph: { paragraph: { spacing: { after: 60 } } },
  },
  paragraphStyles: [
    { id: styleIds.groupName, name: 'Gruppnamn', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 28, bold: true }, paragraph: { spacing: { after: 60 } } },
    { id: styleIds.tableText, name: 'Tabelltext', basedOn: 'Normal', quickFormat: true, run: { size: 20 }, paragraph: { spacing: { after: 0, line: 240 } } },
    { id: styleIds.tableHeading, name: 'Tabellrubrik', basedOn: styleIds.tableText, quickFormat: true, run: { bold: true }, paragraph: { keepNext: true } },
    { id: styleIds.small, name: 'Liten text', basedOn: 'Normal', quickFormat: true, run: { size: 18 }, paragraph: { spacing: { after: 0, line: 240 } } },
  ],
  characterStyles: [{ id: styleIds.draftMark, name: 'Utkastmarkering', run: { size: 28, bold: true, color: 'C00000', characterSpacing: 40 } }],
};

/** "Sida X (Y)" with live PAGE and NUMPAGES fields. */
export function pageNumberRun(): TextRun {
  return new TextRun({ children: [`${documentText.page} `, PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] });
}

export type RunningHeader = {
  /** Left: the group or scope; right: the document type in capitals; below: e.g. the meeting date. */
  left: string;
  right: string;
  below?: string;
  /** Marks every page "UTKAST". */
  draft: boolean;
};

function header(spec: RunningHeader, width: number): Header {
  const tabStops = [{ type: TabStopType.RIGHT, position: width }];
  const draftMark = spec.draft ? [new TextRun({ children: [new Tab(), documentText.draftMark], style: styleIds.draftMark })] : [];
  return new Header({
    children: [
      new Paragraph({ style: styleIds.small, tabStops, children: [new TextRun(spec.left), new TextRun({ children: [new Tab(), spec.right], bold: true })] }),
      new Paragraph({ style: styleIds.small, tabStops, children: [new TextRun(spec.below ?? ''), ...draftMark] }),
    ],
  });
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function signBox(label: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: line, bottom: line, left: line, right: line },
    children: [new Paragraph({ style: styleIds.small, children: [new TextRun(label)] })],
  });
}

/** The protocol's footer: two boxes to initial, and the page number. */
function protocolFooter(width: number): Footer {
  const box = Math.round(width * 0.3);
  const rest = width - 2 * box;
  const pageCell = new TableCell({
    width: { size: rest, type: WidthType.DXA },
    borders: { top: none, bottom: none, left: none, right: none },
    verticalAlign: VerticalAlignTable.BOTTOM,
    children: [new Paragraph({ style: styleIds.small, alignment: AlignmentType.RIGHT, children: [pageNumberRun()] })],
  });
  const row = new TableRow({
    height: { value: convertMillimetersToTwip(11), rule: HeightRule.ATLEAST },
    cantSplit: true,
    children: [signBox(documentText.footer.adjustersSign, box), signBox(documentText.footer.extractCertified, box), pageCell],
  });
  return new Footer({
    children: [
      new Table({
        rows: [row],
        width: { size: width, type: WidthType.DXA },
        columnWidths: [box, box, rest],
        layout: TableLayoutType.FIXED,
        borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      }),
    ],
  });
}

function pagesFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: styleIds.small, alignment: AlignmentType.RIGHT, children: [pageNumberRun()] })] });
}

export type DocumentSpec = {
  /** The document's title in its properties (what Word and screen readers announce). */
  title: string;
  header: RunningHeader;
  /** 'protocol' adds the sign boxes; 'pages' is the page number alone. */
  footer: 'protocol' | 'pages';
  landscape?: boolean;
  children: readonly FileChild[];
};

export function createDocument(spec: DocumentSpec): Document {
  const width = textWidth(spec.landscape);
  return new Document({
    title: spec.title,
    creator: 'Protokollet',
    styles,
    numbering: { config: numbering },
    sections: [
      {
        properties: {
          page: {
            size: { ...a4, orientation: spec.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: margin, bottom: margin, left: margin, right: margin, header: convertMillimetersToTwip(12), footer: convertMillimetersToTwip(10) },
          },
        },
        headers: { default: header(spec.header, width) },
        footers: { default: spec.footer === 'protocol' ? protocolFooter(width) : pagesFooter() },
        children: spec.children,
      },
    ],
  });
}
