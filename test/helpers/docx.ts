// Reads a produced .docx back (it is a zip): the XML parts and the document's running text.
import JSZip from 'jszip';
import type { GeneratedFile } from '../../shared/contract/index.ts';

export async function docxPart(file: GeneratedFile | Uint8Array, part = 'word/document.xml'): Promise<string> {
  const bytes = file instanceof Uint8Array ? file : Buffer.from(file.contentBase64, 'base64');
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(part);
  if (!entry) throw new Error(`${part} is missing from the document`);
  return entry.async('string');
}

/** The text of the body, then of every header and footer, paragraph by paragraph, entities decoded. */
export async function docxText(file: GeneratedFile | Uint8Array): Promise<string> {
  const bytes = file instanceof Uint8Array ? file : Buffer.from(file.contentBase64, 'base64');
  const zip = await JSZip.loadAsync(bytes);
  const parts = ['word/document.xml', ...Object.keys(zip.files).filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name)).sort()];
  const xml = (await Promise.all(parts.map((part) => zip.file(part)!.async('string')))).join('\n');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
