// Building blocks the documents share: the title block, headings, labelled fact lines
// ("Närvarande  Karin Ek, …"), dash lists, data tables whose header row repeats on every page,
// and signature lines.
import { convertMillimetersToTwip, HeadingLevel, Paragraph, ShadingType, Tab, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, WidthType } from 'docx';
import { documentText } from '../../../shared/i18n/sv/documents.ts';
import { listReference, styleIds, textWidth } from './styles.ts';

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function heading(level: 1 | 2 | 3, text: string): Paragraph {
  return new Paragraph({ heading: headingLevels[level], children: [new TextRun(text)] });
}

/** The group's name above the document's one Heading 1. */
export function titleBlock(groupName: string, title: string): Paragraph[] {
  return [new Paragraph({ style: styleIds.groupName, children: [new TextRun(groupName)] }), heading(1, title)];
}

/** Text typed in a plain field: each line its own paragraph, blank lines dropped. */
export function textParagraphs(text: string | null): Paragraph[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

export function plain(text: string, options: { bold?: boolean; italics?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ keepNext: options.keepNext, children: [new TextRun({ text, bold: options.bold, italics: options.italics })] });
}

const factIndent = convertMillimetersToTwip(45);

/** A label with its values beside it, one value a line, aligned on a common indent. */
export function factLines(label: string, values: readonly string[]): Paragraph[] {
  if (values.length === 0) return [];
  return values.map((value, index) => {
    const last = index === values.length - 1;
    const spacing = { after: last ? 120 : 0 };
    if (index > 0) return new Paragraph({ indent: { left: factIndent }, spacing, children: [new TextRun(value)] });
    return new Paragraph({
      indent: { left: factIndent, hanging: factIndent },
      tabStops: [{ type: TabStopType.LEFT, position: factIndent }],
      spacing,
      keepNext: !last,
      children: [new TextRun({ text: label, bold: true }), new TextRun({ children: [new Tab(), value] })],
    });
  });
}

export function dashList(lines: readonly string[]): Paragraph[] {
  return lines.map((line) => new Paragraph({ numbering: { reference: listReference.dash, level: 0 }, children: [new TextRun(line)] }));
}

/** A cell's content: one paragraph per line; a `{ bold }` line is set in bold. */
export type Cell = string | readonly (string | { bold: string })[];

export type Column = { header: string; /** Share of the text width, the shares of a table adding up to 1. */ share: number };

function cellParagraphs(cell: Cell, style: string): Paragraph[] {
  const lines = typeof cell === 'string' ? [cell] : cell.length > 0 ? cell : [''];
  return lines.map((line) =>
    new Paragraph({ style, children: [typeof line === 'string' ? new TextRun(line) : new TextRun({ text: line.bold, bold: true })] }),
  );
}

const cellMargins = { top: 40, bottom: 40, left: 100, right: 100 };

/** A table with a header row that Word and LibreOffice repeat at the top of every page. */
export function dataTable(columns: readonly Column[], rows: readonly (readonly Cell[])[], landscape = false): Table {
  const width = textWidth(landscape);
  const widths = columns.map((c) => Math.floor(width * c.share));
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: 'DCE6F0', color: 'auto' },
          children: cellParagraphs(column.header, styleIds.tableHeading),
        }),
    ),
  });
  const bodyRows = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((cell, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, children: cellParagraphs(cell, styleIds.tableText) })),
      }),
  );
  return new Table({
    rows: [headerRow, ...bodyRows],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Once for the table, not on each cell: a year's report has thousands of cells.
    margins: cellMargins,
  });
}

/** A short space after a table, which Word otherwise butts against the next heading. */
export function afterTable(): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children: [] });
}

/**
 * Signature lines, two a row: a dotted line to sign on with room above it, and the signer's
 * name and role beneath. Kept together on one page, and with what follows if `keepWithNext`.
 */
export function signatureLines(signers: readonly string[], keepWithNext = false): Paragraph[] {
  const half = Math.floor(textWidth() / 2) + convertMillimetersToTwip(5);
  const tabStops = [{ type: TabStopType.LEFT, position: half }];
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < signers.length; i += 2) {
    const pair = signers.slice(i, i + 2);
    const lastPair = i + 2 >= signers.length;
    const joined = (texts: readonly string[]) => texts.flatMap((text, j) => (j === 0 ? [new TextRun(text)] : [new TextRun({ children: [new Tab(), text] })]));
    paragraphs.push(
      new Paragraph({ tabStops, keepNext: true, keepLines: true, spacing: { before: 720, after: 0 }, children: joined(pair.map(() => documentText.signatureLine)) }),
      new Paragraph({ tabStops, keepNext: keepWithNext || !lastPair, spacing: { after: 120 }, children: joined(pair) }),
    );
  }
  return paragraphs;
}
