// Who gets which protocol extract: one extract per recipient named in "Expedieras till" of the
// chosen §§, holding the chosen §§ addressed to that recipient, plus one unaddressed extract
// for chosen §§ that name no one. Shared by the core (which makes them) and the UI (preview).
import { compareSwedish } from './names.ts';

export type ExtractRecipient = { organisationId: string | null; groupId: string | null; name: string };
type SectionItem = { sectionNumber: number | null; decisions: readonly { recipients: readonly ExtractRecipient[] }[] };
export type AddressedExtract = { recipient: ExtractRecipient | null; sections: number[] };

export function addressedExtracts(items: readonly SectionItem[], sections: readonly number[]): AddressedExtract[] {
  const byRecipient = new Map<string, AddressedExtract>();
  const unaddressed: number[] = [];
  for (const item of items) {
    const n = item.sectionNumber;
    if (n === null || !sections.includes(n)) continue;
    const recipients = item.decisions.flatMap((d) => d.recipients);
    if (recipients.length === 0) unaddressed.push(n);
    for (const recipient of recipients) {
      const key = recipient.organisationId ?? recipient.groupId ?? recipient.name;
      const entry = byRecipient.get(key) ?? { recipient, sections: [] };
      if (!entry.sections.includes(n)) entry.sections.push(n);
      byRecipient.set(key, entry);
    }
  }
  const addressed = [...byRecipient.values()].sort((a, b) => compareSwedish(a.recipient!.name, b.recipient!.name));
  return unaddressed.length ? [...addressed, { recipient: null, sections: unaddressed }] : addressed;
}
