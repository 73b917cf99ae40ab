// Inputs for the agenda: items, their notes and basis documents, and the group's standing items.
import { z } from 'zod';
import { validationText as t } from '../../i18n/sv/validation.ts';
import { jsonDepth, maxNotesDepth } from '../../domain/notesText.ts';
import { AgendaItemKind } from './codes.ts';
import { Id, optionalId, optionalText, requiredText } from './fields.ts';

export const maxNotesBytes = 1024 * 1024;
const utf8 = new TextEncoder();

/** The notes editor's document (ProseMirror/TipTap JSON): an object of type 'doc', at most 1 MB serialized. */
export const NotesDocument = z
  .custom<Record<string, unknown>>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      (value as { type?: unknown }).type === 'doc' &&
      ((value as { content?: unknown }).content === undefined || Array.isArray((value as { content?: unknown }).content)),
    { error: t.notesInvalid },
  )
  .refine((doc) => utf8.encode(JSON.stringify(doc)).length <= maxNotesBytes, { error: t.notesTooLarge })
  .refine((doc) => jsonDepth(doc) <= maxNotesDepth, { error: t.notesInvalid });

export const Position = z.number({ error: t.invalidPosition }).int({ error: t.invalidPosition }).min(1, { error: t.invalidPosition });
const Flag = z.boolean({ error: t.invalidInput });

const itemFields = {
  title: requiredText(300),
  kind: AgendaItemKind,
  presenterPersonId: optionalId,
  presenterText: optionalText(200),
  description: optionalText(20_000),
  confidential: Flag,
  linkedMeetingId: optionalId,
};

export const AgendaItemCreate = z.object({
  meetingId: Id,
  ...itemFields,
  kind: itemFields.kind.default('matter'),
  confidential: Flag.default(false),
  /** Where in the agenda (1 = first); by default before the closing standing items. */
  position: Position.optional(),
});
export const AgendaItemUpdate = z.object({ id: Id, ...itemFields }).partial().required({ id: true });
export const AgendaItemMove = z.object({ id: Id, position: Position });
export const AgendaItemNotes = z.object({ id: Id, notes: NotesDocument.nullable() });

export const BasisDocumentCreate = z.object({ agendaItemId: Id, title: requiredText(300), reference: optionalText(100) });
export const BasisDocumentUpdate = z.object({ id: Id, title: requiredText(300).optional(), reference: optionalText(100).optional() });

export const maxTemplateItems = 40;
export const AgendaTemplateItem = z.object({ title: requiredText(300), kind: AgendaItemKind });
export const AgendaTemplateInput = z.object({
  groupId: Id,
  items: z.array(AgendaTemplateItem).max(maxTemplateItems, { error: t.templateTooLong(maxTemplateItems) }),
});
export const GroupRef = z.object({ groupId: Id });

export const SectionStartInput = z.object({
  groupId: Id,
  year: z.number({ error: t.invalidYear }).int({ error: t.invalidYear }).min(2000, { error: t.invalidYear }).max(2100, { error: t.invalidYear }),
  firstNumber: z
    .number({ error: t.invalidSectionNumber })
    .int({ error: t.invalidSectionNumber })
    .min(1, { error: t.invalidSectionNumber })
    .max(100_000, { error: t.invalidSectionNumber }),
});
