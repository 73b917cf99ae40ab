import { describe, expect, it } from 'vitest';
import { createListInstances, notesToParagraphs } from '../../electron/core/documents/notes.ts';
import { createDocument } from '../../electron/core/documents/styles.ts';
import { unpack } from './docxParts.ts';

const text = (value: string, marks: string[] = []) => ({ type: 'text', text: value, marks: marks.map((type) => ({ type })) });
const para = (...content: object[]) => ({ type: 'paragraph', content });
const ordered = (items: string[], start?: number) => ({
  type: 'orderedList',
  attrs: start === undefined ? {} : { start },
  content: items.map((item) => ({ type: 'listItem', content: [para(text(item))] })),
});

async function render(notes: unknown) {
  const children = notesToParagraphs(notes, createListInstances());
  const doc = await unpack(createDocument({ title: 'Test', header: { left: 'Grupp', right: 'TEST', draft: false }, footer: 'pages', children }));
  return { count: children.length, doc };
}

const numIdOf = (xml: string) => /<w:numId w:val="(\d+)"\/>/.exec(xml)?.[1];

describe('notes in Word', () => {
  it('gives every numbered list its own numbering, so each counts from its start', async () => {
    const { doc } = await render({ type: 'doc', content: [ordered(['Första', 'Andra']), para(text('Mellan listorna')), ordered(['Ny lista'])] });
    const xml = (t: string) => doc.paragraphs.find((p) => p.text === t)!.xml;
    expect(numIdOf(xml('Första'))).toBe(numIdOf(xml('Andra')));
    expect(numIdOf(xml('Ny lista'))).not.toBe(numIdOf(xml('Första')));
    expect(xml('Mellan listorna')).not.toContain('<w:numPr>');
  });

  it('keeps the start number of a list that does not begin at 1', async () => {
    const { doc } = await render({ type: 'doc', content: [ordered(['Tredje punkten'], 3)] });
    expect(doc.numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/><w:numFmt w:val="decimal"\/>/);
  });

  it('keeps underline, strike and the text of nodes it has no layout for', async () => {
    const { doc } = await render({
      type: 'doc',
      content: [
        para(text('understruken', ['underline']), text(' och '), text('överstruken', ['strike'])),
        { type: 'heading', attrs: { level: 2 }, content: [text('Rubrik i anteckningarna')] },
        { type: 'blockquote', content: [para(text('Citat från rapporten'))] },
        { type: 'horizontalRule' },
      ],
    });
    const first = doc.paragraphs.find((p) => p.text === 'understruken och överstruken')!.xml;
    expect(first).toMatch(/<w:u w:val="single"\/>/);
    expect(first).toContain('<w:strike/>');
    // A heading in the notes is bold text, not a document heading that would upset the outline.
    const heading = doc.paragraphs.find((p) => p.text === 'Rubrik i anteckningarna')!;
    expect(heading.style).toBeNull();
    expect(heading.xml).toContain('<w:b/>');
    expect(doc.text).toContain('Citat från rapporten');
  });

  it('indents a list item’s second paragraph under its text without a new bullet', async () => {
    const { doc } = await render({
      type: 'doc',
      content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Punkt')), para(text('Fortsättning'))] }] }],
    });
    const xml = (t: string) => doc.paragraphs.find((p) => p.text === t)!.xml;
    expect(xml('Punkt')).toContain('<w:numPr>');
    expect(xml('Fortsättning')).not.toContain('<w:numPr>');
    expect(xml('Fortsättning')).toMatch(/<w:ind w:left="\d+"\/>/);
  });

  it('prints nothing for missing or empty notes', async () => {
    expect((await render(null)).count).toBe(0);
    expect((await render({ type: 'doc', content: [{ type: 'paragraph' }] })).count).toBe(0);
    expect((await render('not a document')).count).toBe(0);
  });
});
