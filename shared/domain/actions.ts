// Rules for action items (uppdrag) that the register, the documents and the UI share.
import type { ActionStatus } from '../contract/schemas/codes.ts';

/** "Försenad" is derived, never stored: due before today and neither done nor cancelled. */
export function isOverdue(dueDate: string, status: ActionStatus, today: string): boolean {
  return dueDate < today && status !== 'done' && status !== 'cancelled';
}
