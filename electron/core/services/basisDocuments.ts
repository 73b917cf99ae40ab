// Basis documents (beslutsunderlag) of an agenda item: a title and a reference such as a diarienummer.
import type { BasisDocument, ParsedInput } from '../../../shared/contract/index.ts';
import * as repo from '../repositories/agenda.ts';
import { getBasisDocument } from '../repositories/protocolRead.ts';
import { write, type ServiceContext } from './context.ts';
import { editableBasisDocument, editableItem } from './protocolAccess.ts';
import { toBasisDocument } from './protocolEntries.ts';

const entity = 'basis_document';

export function createBasisDocument(ctx: ServiceContext, input: ParsedInput<'basisDocuments.create'>): BasisDocument {
  return write(ctx, (log) => {
    editableItem(ctx, input.agendaItemId);
    const id = ctx.newId();
    repo.insertBasisDocument(ctx.db, { id, ...input, position: repo.nextBasisDocumentPosition(ctx.db, input.agendaItemId) });
    log({ entity, entityId: id, operation: 'create', data: input });
    return toBasisDocument(getBasisDocument(ctx.db, id)!);
  });
}

export function updateBasisDocument(ctx: ServiceContext, { id, ...patch }: ParsedInput<'basisDocuments.update'>): BasisDocument {
  return write(ctx, (log) => {
    editableBasisDocument(ctx, id);
    repo.updateBasisDocument(ctx.db, id, patch);
    log({ entity, entityId: id, operation: 'update', data: patch });
    return toBasisDocument(getBasisDocument(ctx.db, id)!);
  });
}

export function deleteBasisDocument(ctx: ServiceContext, { id }: { id: string }): { id: string } {
  return write(ctx, (log) => {
    editableBasisDocument(ctx, id);
    const removed = getBasisDocument(ctx.db, id);
    repo.deleteBasisDocument(ctx.db, id);
    log({ entity, entityId: id, operation: 'delete', data: removed });
    return { id };
  });
}
