// Record ids of the large demo: shaped like random UUIDs (version 4, RFC 4122 variant) but drawn
// from a seeded stream of their own, so the same seed gives the same ids and the content stream
// is not shifted by how many ids were taken.
import { mulberry32 } from '../random.ts';

const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const bytes = (word: number): string => hex[(word >>> 24) & 255]! + hex[(word >>> 16) & 255]! + hex[(word >>> 8) & 255]! + hex[word & 255]!;

export function createIdSource(seed: number): () => string {
  // A different stream from the content generator's for the same seed.
  const next = mulberry32((seed ^ 0x5bd1e995) >>> 0);
  const word = () => Math.floor(next() * 4294967296) >>> 0;
  return () => {
    const a = bytes(word());
    const b = bytes(((word() & 0xffff0fff) | 0x00004000) >>> 0); // version 4
    const c = bytes(((word() & 0x3fffffff) | 0x80000000) >>> 0); // variant 10xx
    const d = bytes(word());
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  };
}
