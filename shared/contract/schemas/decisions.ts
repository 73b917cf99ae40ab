// Inputs for what a meeting decides: decisions with their recipients, and action items.
import { z } from 'zod';
import { validationText as t } from '../../i18n/sv/validation.ts';
import { DecisionType } from './codes.ts';
import { Id, IsoDate, optionalId, optionalText, requiredText } from './fields.ts';

/** "Expedieras till": an organisation or a group. */
export const Recipient = z.union([z.object({ organisationId: Id }).strict(), z.object({ groupId: Id }).strict()], { error: t.recipientInvalid });
export type Recipient = z.infer<typeof Recipient>;

const Recipients = z.array(Recipient).max(50);

export const DecisionCreate = z.object({
  agendaItemId: Id,
  text: requiredText(20_000),
  type: DecisionType.default('decision'),
  recipients: Recipients.default([]),
});
export const DecisionUpdate = z.object({
  id: Id,
  text: requiredText(20_000).optional(),
  type: DecisionType.optional(),
  recipients: Recipients.optional(),
});

/**
 * Who owns an action: a person together with the organisation they act for (by default the
 * organisation of their membership or their own), or a group ("Omlottgruppen får i uppdrag att …").
 */
export const ActionOwner = z.union([z.object({ personId: Id, organisationId: optionalId }).strict(), z.object({ groupId: Id }).strict()], {
  error: t.ownerMissing,
});
export type ActionOwnerInput = z.infer<typeof ActionOwner>;

export const ActionCreate = z.object({
  decisionId: Id,
  title: requiredText(500),
  owner: ActionOwner,
  dueDate: IsoDate,
  note: optionalText(4000),
});
export const ActionUpdate = z.object({
  id: Id,
  title: requiredText(500).optional(),
  owner: ActionOwner.optional(),
  dueDate: IsoDate.optional(),
  note: optionalText(4000).optional(),
});
