import { updateRow, type Db } from './sql.ts';

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

export function nextDecisionPosition(db: Db, agendaItemId: string): number {
  return (db.prepare('SELECT COALESCE(max(position), 0) + 1 AS n FROM decisions WHERE agenda_item_id = ?').get(agendaItemId) as { n: number }).n;
}

export function updateDecision(db: Db, id: string, patch: Partial<{ text: string; type: DecisionType }>, at: string): number {
  return updateRow(db, 'decisions', { text: 'text', type: 'type' } as const, id, patch, at);
}

export function replaceDecisionRecipients(db: Db, decisionId: string, recipients: readonly DecisionRecipient[]): void {
  db.prepare('DELETE FROM decision_recipients WHERE decision_id = ?').run(decisionId);
  const seen = new Set<string>();
  for (const recipient of recipients) {
    const key = recipient.organisationId ? `o:${recipient.organisationId}` : `g:${recipient.groupId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    insertDecisionRecipient(db, decisionId, recipient);
  }
}

export function deleteDecision(db: Db, id: string): number {
  return db.prepare('DELETE FROM decisions WHERE id = ?').run(id).changes;
}
