// Packs a built document into .docx bytes, and makes file names that every system accepts.
import { Packer, type Document } from 'docx';

export async function packDocument(doc: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

// Windows refuses these names for a file whatever its extension.
const reservedNames = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const maxLength = 150;

/**
 * A file name (without extension) safe on Windows, macOS and Linux: keeps å, ä, ö, § and dashes,
 * replaces \ / : * ? " < > | and control characters with a space, and trims trailing dots and
 * spaces (which Windows drops silently).
 */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .replace(/[. ]+$/, '');
  if (cleaned === '') return 'Dokument';
  return reservedNames.test(cleaned) ? `_${cleaned}` : cleaned;
}
