// The meeting page's expediering log: what was sent from this meeting's protocol, to whom, when.
import type { ExpedieringEntry } from '../../../../shared/contract/index.ts';
import { listExpediering } from '../../repositories/expediering.ts';
import { meetingState } from '../protocolAccess.ts';
import type { ServiceContext } from '../context.ts';

export function meetingExpediering(ctx: ServiceContext, { meetingId }: { meetingId: string }): ExpedieringEntry[] {
  meetingState(ctx, meetingId);
  return listExpediering(ctx.db, meetingId);
}
