// The notes of an agenda item (TipTap/ProseMirror JSON) as Word paragraphs: paragraphs with
// bold/italic runs and line breaks, and bullet and numbered lists as real Word lists, nested.
// Unknown nodes keep their text, so nothing written in the editor is lost in the document.
import { Paragraph, TextRun, type NumberingDefinition } from 'docx';
import { listReference, listTextIndent, orderedList } from './styles.ts';

type JsonNode = { type?: unknown; text?: unknown; marks?: unknown; attrs?: unknown; content?: unknown };

/** Hands out a new list instance for every numbered list, so each one counts from its start. */
export type ListInstances = { next(): number };

export function createListInstances(): ListInstances {
  let last = 0;
  return { next: () => ++last };
}

type ListMarker = { reference: string | NumberingDefinition; level: number; instance?: number };
type Place = { marker: ListMarker | null; /** Whether the next paragraph carries the list item's number or bullet. */ numbered: { done: boolean } };

const maxLevel = 8;
const children = (node: JsonNode): JsonNode[] => (Array.isArray(node.content) ? (node.content as JsonNode[]) : []);

function markSet(node: JsonNode): Set<string> {
  const marks = Array.isArray(node.marks) ? (node.marks as { type?: unknown }[]) : [];
  return new Set(marks.map((m) => (typeof m?.type === 'string' ? m.type : '')));
}

function runs(nodes: readonly JsonNode[]): TextRun[] {
  const result: TextRun[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      result.push(new TextRun({ break: 1 }));
    } else if (typeof node.text === 'string') {
      const marks = markSet(node);
      result.push(
        new TextRun({
          text: node.text,
          bold: marks.has('bold') || undefined,
          italics: marks.has('italic') || undefined,
          underline: marks.has('underline') ? {} : undefined,
          strike: marks.has('strike') || undefined,
        }),
      );
    } else {
      result.push(...runs(children(node)));
    }
  }
  return result;
}

function paragraph(textRuns: TextRun[], place: Place): Paragraph {
  const { marker } = place;
  if (!marker) return new Paragraph({ children: textRuns });
  if (!place.numbered.done) {
    place.numbered.done = true;
    return new Paragraph({ numbering: { reference: marker.reference, level: marker.level, instance: marker.instance }, children: textRuns });
  }
  // A list item's further paragraphs line up with its text, without a number of their own.
  return new Paragraph({ indent: { left: listTextIndent(marker.level) }, children: textRuns });
}

function list(node: JsonNode, parent: ListMarker | null, instances: ListInstances): Paragraph[] {
  const level = parent ? Math.min(parent.level + 1, maxLevel) : 0;
  let marker: ListMarker;
  if (node.type === 'orderedList') {
    const start = (node.attrs as { start?: unknown } | undefined)?.start;
    const first = typeof start === 'number' && Number.isInteger(start) && start > 1 ? start : 1;
    marker = { reference: first === 1 ? listReference.ordered : orderedList(first), level, instance: instances.next() };
  } else {
    marker = { reference: listReference.bullet, level };
  }
  return children(node).flatMap((item) => blocks(children(item), { marker, numbered: { done: false } }, instances));
}

function blocks(nodes: readonly JsonNode[], place: Place, instances: ListInstances): Paragraph[] {
  const result: Paragraph[] = [];
  for (const node of nodes) {
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      result.push(...list(node, place.marker, instances));
    } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'codeBlock') {
      result.push(paragraph(node.type === 'heading' ? runsInBold(children(node)) : runs(children(node)), place));
    } else if (node.type === 'horizontalRule') {
      continue;
    } else if (typeof node.text === 'string' || node.type === 'hardBreak') {
      result.push(paragraph(runs([node]), place));
    } else {
      result.push(...blocks(children(node), place, instances));
    }
  }
  return result;
}

/** A heading inside the notes is set as a bold paragraph: the document's own headings carry its outline. */
function runsInBold(nodes: readonly JsonNode[]): TextRun[] {
  return runs(nodes.map((n) => (typeof n.text === 'string' ? { ...n, marks: [...(Array.isArray(n.marks) ? n.marks : []), { type: 'bold' }] } : n)));
}

/** The notes as paragraphs; none for empty or missing notes. */
export function notesToParagraphs(doc: unknown, instances: ListInstances): Paragraph[] {
  if (typeof doc !== 'object' || doc === null) return [];
  const paragraphs = blocks(children(doc as JsonNode), { marker: null, numbered: { done: false } }, instances);
  // An empty editor still holds one empty paragraph.
  const hasText = (doc: JsonNode): boolean => (typeof doc.text === 'string' && doc.text.trim() !== '') || children(doc).some(hasText);
  return hasText(doc as JsonNode) ? paragraphs : [];
}
