// Word documents that leave the app (protocol, extracts, notice, action list) and the
// expediering log that records what was sent to whom.
import { z } from 'zod';
import { validationText as t } from '../../i18n/sv/validation.ts';
import { ActionStatus } from './codes.ts';
import { Id, optionalDate, optionalId } from './fields.ts';

/** A produced file; the renderer saves it (download in browser mode, save dialog in Electron). */
export const GeneratedFile = z.object({ fileName: z.string(), mediaType: z.string(), contentBase64: z.string() });
export type GeneratedFile = z.infer<typeof GeneratedFile>;

export const ProtocolExportInput = z.object({
  meetingId: Id,
  /** 'public' replaces the content of confidential items with the standard line. */
  variant: z.enum(['full', 'public'], { error: t.invalidChoice }).default('full'),
});

const SectionNumber = z.number({ error: t.invalidSectionNumber }).int({ error: t.invalidSectionNumber }).min(1, { error: t.invalidSectionNumber });

export const ExtractExportInput = z.object({
  meetingId: Id,
  sections: z.array(SectionNumber, { error: t.sectionsMissing }).min(1, { error: t.sectionsMissing }).max(500),
});
export const ExtractExportOutput = z.object({ files: z.array(GeneratedFile) });

export const NoticeExportInput = z.object({ meetingId: Id });

export const ActionListFilter = z.object({
  groupId: optionalId,
  status: ActionStatus.nullish().transform((v) => v ?? null),
  /** Only actions past their due date that are neither done nor cancelled. */
  overdueOnly: z.boolean({ error: t.invalidInput }).default(false),
  ownerPersonId: optionalId,
  organisationId: optionalId,
  /** Only actions due on or before this date. */
  dueOnOrBefore: optionalDate,
});
export type ActionListFilter = z.output<typeof ActionListFilter>;

export const expedieringKinds = ['protocol', 'extract', 'notice', 'action_list', 'committee_report'] as const;
export const ExpedieringKind = z.enum(expedieringKinds);
export type ExpedieringKind = z.infer<typeof ExpedieringKind>;

export const ExpedieringEntry = z.object({
  id: z.string(),
  meetingId: z.string().nullable(),
  documentKind: ExpedieringKind,
  description: z.string(),
  sections: z.array(z.number().int()),
  recipientName: z.string().nullable(),
  fileName: z.string().nullable(),
  sentAt: z.string(),
  sentByName: z.string(),
  sentByTitle: z.string().nullable(),
});
export type ExpedieringEntry = z.infer<typeof ExpedieringEntry>;

export const ExpedieringListInput = z.object({ meetingId: Id });
