import type { IdentityNumberKind } from '../../domain/personnummer.ts';

// Swedish texts of the confidentiality guard (shared/domain/personnummer.ts): personal identity
// numbers must never end up in the minutes.

const redactionMarker = '[uppgift borttagen]';

/** "§ 3", "§§ 3 och 5", "§§ 3, 5 och 7" – ascending, each section once. */
function sectionList(sections: readonly number[]): string {
  const sorted = [...new Set(sections)].sort((a, b) => a - b).map(String);
  if (sorted.length <= 1) return `§ ${sorted.join('')}`;
  return `§§ ${sorted.slice(0, -1).join(', ')} och ${sorted.at(-1) ?? ''}`;
}

export const privacyText = {
  /** Replaces a removed identity number in the text. */
  redactionMarker,
  kind: {
    personnummer: 'personnummer',
    samordningsnummer: 'samordningsnummer',
  } satisfies Record<IdentityNumberKind, string>,
  /** Shown next to a text field while it contains something that looks like an identity number. */
  identityNumberWarning:
    'Texten innehåller något som ser ut som ett personnummer. Personuppgifter får inte stå i protokollet – ta bort eller avidentifiera.',
  redactAction: `Ersätt med ${redactionMarker}`,
  /** After redaction: how many numbers were replaced by the marker. */
  redacted: (count: number) =>
    count === 1 ? `Ett personnummer har ersatts med ${redactionMarker}.` : `${count} personnummer har ersatts med ${redactionMarker}.`,
  /** Blocks sending the minutes for approval (justering); `sections` are the § numbers concerned. */
  approvalBlocked: (sections: readonly number[]) =>
    sections.length === 0
      ? 'Protokollet kan inte skickas för justering: det innehåller något som ser ut som ett personnummer.'
      : `Protokollet kan inte skickas för justering: det innehåller något som ser ut som ett personnummer (${sectionList(sections)}).`,
} as const;
