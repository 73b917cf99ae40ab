// The confidentiality guard on every text of a protocol: finds what looks like a personnummer or
// samordningsnummer, field by field, so the meeting page can warn at the spot and approval can refuse.
import type { IdentityWarning } from '../../../shared/contract/index.ts';
import { notesPlainText } from '../../../shared/domain/notesText.ts';
import { findIdentityNumbers } from '../../../shared/domain/personnummer.ts';

/** One warning per field that holds identity numbers; fields without any are left out. */
export function scanFields(fields: Record<string, string | null | undefined>): IdentityWarning[] {
  const warnings: IdentityWarning[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const matches = findIdentityNumbers(text);
    if (matches.length > 0) warnings.push({ field, matches });
  }
  return warnings;
}

/** The notes' plain text (blocks on lines of their own), from the stored JSON. */
export function notesTextOf(notesJson: string | null): string | null {
  if (!notesJson) return null;
  return notesPlainText(JSON.parse(notesJson) as unknown);
}

export const countMatches = (warnings: readonly IdentityWarning[]): number => warnings.reduce((n, w) => n + w.matches.length, 0);
