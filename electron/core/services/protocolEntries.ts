// Builds the meeting page's entries (items, basis documents, decisions, actions) from the rows
// the repository reads, each with the confidentiality guard's warnings on its own fields.
import type { ActionEntry, AgendaItemEntry, BasisDocument, DecisionEntry } from '../../../shared/contract/index.ts';
import type { ActionRow, BasisDocumentRow, DecisionRow, ItemRow, RecipientRow } from '../repositories/protocolRead.ts';
import { notesTextOf, scanFields } from './identityGuard.ts';

export function toBasisDocument(row: BasisDocumentRow): BasisDocument {
  return { ...row, identityWarnings: scanFields({ title: row.title, reference: row.reference }) };
}

export function toAction(row: ActionRow): ActionEntry {
  return { ...row, identityWarnings: scanFields({ title: row.title, note: row.note }) };
}

export function toDecision(row: DecisionRow, recipients: readonly RecipientRow[], actions: readonly ActionRow[]): DecisionEntry {
  return {
    ...row,
    recipients: recipients.filter((r) => r.decisionId === row.id).map(({ organisationId, groupId, name }) => ({ organisationId, groupId, name })),
    actions: actions.filter((a) => a.decisionId === row.id).map(toAction),
    identityWarnings: scanFields({ text: row.text }),
  };
}

export type ItemParts = {
  basisDocuments: readonly BasisDocumentRow[];
  decisions: readonly DecisionRow[];
  recipients: readonly RecipientRow[];
  actions: readonly ActionRow[];
};

export function toItem(row: ItemRow, parts: ItemParts): AgendaItemEntry {
  const { notesJson, confidential, ...fields } = row;
  return {
    ...fields,
    notes: notesJson ? (JSON.parse(notesJson) as unknown) : null,
    confidential: confidential === 1,
    basisDocuments: parts.basisDocuments.filter((d) => d.agendaItemId === row.id).map(toBasisDocument),
    decisions: parts.decisions.filter((d) => d.agendaItemId === row.id).map((d) => toDecision(d, parts.recipients, parts.actions)),
    identityWarnings: scanFields({ title: row.title, presenterText: row.presenterText, description: row.description, notes: notesTextOf(notesJson) }),
  };
}
