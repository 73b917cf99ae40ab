import type { Db } from './sql.ts';

export type DecisionType = 'decision' | 'information' | 'position';

export type DecisionInsert = { id: string; agendaItemId: string; position: number; text: string; type: DecisionType };

export function insertDecision(db: Db, decision: DecisionInsert, at: string): void {
  db.prepare(
    `INSERT INTO decisions (id, agenda_item_id, position, text, type, created_at, updated_at)
     VALUES (@id, @agendaItemId, @position, @text, @type, @at, @at)`,
  ).run({ ...decision, at });
}

/** "Expedieras till": exactly one of organisationId and groupId. */
export type DecisionRecipient = { organisationId: string; groupId?: null } | { groupId: string; organisationId?: null };

export function insertDecisionRecipient(db: Db, decisionId: string, recipient: DecisionRecipient): void {
  db.prepare('INSERT INTO decision_recipients (decision_id, organisation_id, group_id) VALUES (?, ?, ?)').run(
    decisionId,
    recipient.organisationId ?? null,
    recipient.groupId ?? null,
  );
}
