// Turns a built Word document into the file the contract hands out, and records sendings in the
// expediering log. Packing is async, so the log is written only after the file exists.
import type { Document } from 'docx';
import type { GeneratedFile } from '../../../../shared/contract/index.ts';
import { packDocument, safeFileName } from '../../documents/pack.ts';
import { insertExpediering, type ExpedieringInsert } from '../../repositories/expediering.ts';
import { currentActor, timestamp, write, type ServiceContext } from '../context.ts';

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function docxFile(doc: Document, baseName: string): Promise<GeneratedFile> {
  const bytes = await packDocument(doc);
  return { fileName: `${safeFileName(baseName)}.docx`, mediaType: docxMediaType, contentBase64: Buffer.from(bytes).toString('base64') };
}

export type Sending = Omit<ExpedieringInsert, 'id' | 'sentAt' | 'sentByName' | 'sentByTitle'>;

/** Records every sending in one transaction: all of an action's files are logged, or none. */
export function logSendings(ctx: ServiceContext, sendings: readonly Sending[]): void {
  const actor = currentActor(ctx);
  const sentAt = timestamp(ctx);
  write(ctx, () => {
    for (const sending of sendings) insertExpediering(ctx.db, { ...sending, id: ctx.newId(), sentAt, sentByName: actor.name, sentByTitle: actor.title });
  });
}
