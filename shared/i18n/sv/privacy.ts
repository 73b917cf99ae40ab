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

/** "3 i protokollets text, 3 i det justerade exemplaret och 4 poster i ändringsloggen". */
function swedishList(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1) ?? ''}`;
}

/** The logged redaction of an approved protocol, as the meeting page offers and records it. */
const redactionProcedure = {
  warningTitle: 'Personuppgifter i det justerade protokollet',
  warningBody: (sections: readonly number[]) =>
    `Det justerade protokollet innehåller något som ser ut som personnummer eller samordningsnummer${sections.length ? ` (${sectionList(sections)})` : ''}. Ta bort dem med den loggade borttagningen.`,
  open: 'Ta bort personuppgifter …',
  dialogTitle: 'Ta bort personuppgifter ur det justerade protokollet?',
  dialogBody: [
    `Alla personnummer och samordningsnummer i protokollet ersätts med ${redactionMarker} – överallt där de finns lagrade: i protokollets text, i det justerade exemplaret, i ändringsloggen och i sökindexet. De gamla uppgifterna skrivs över i databasfilen.`,
    'Dokument som redan har skickats och säkerhetskopior som gjordes före borttagningen ändras inte.',
    'Borttagningen loggas med datum, ditt namn och skälet du anger. Den kan inte ångras.',
  ],
  reason: 'Skäl till borttagningen',
  reasonHint: 'T.ex. Elevens personnummer stod i anteckningarna.',
  confirm: 'Ta bort och logga',
  logHeading: 'Borttagna personuppgifter',
  logEntry: (date: string, name: string) => `Borttaget ${date} av ${name}`,
  reasonLabel: 'Skäl',
  /** How many were replaced where: the protocol's text, the approved copy, and change-log entries. */
  replaced: (counts: { protocol: number; copy: number; log: number }) => {
    const parts = [
      counts.protocol > 0 ? `${counts.protocol} i protokollets text` : '',
      counts.copy > 0 ? `${counts.copy} i det justerade exemplaret` : '',
      counts.log > 0 ? `${counts.log} ${counts.log === 1 ? 'post' : 'poster'} i ändringsloggen` : '',
    ].filter(Boolean);
    return `Ersatta uppgifter: ${swedishList(parts)}.`;
  },
  logError: 'Loggen över borttagna personuppgifter kunde inte läsas in.',
} as const;

export const privacyText = {
  redactionProcedure,
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
