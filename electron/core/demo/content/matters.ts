// Demo content: the matters (ärenden) each group treats, in the order they come up.
// Texts never name a child or carry a personal identity number: individual cases are
// described de-identified, as the confidentiality rules require.
import type { DecisionType } from '../../repositories/decisions.ts';
import type { GoalKey, MandateKey } from './registers.ts';
import type { GroupKey, OrgKey, PersonKey } from './setup.ts';
import { steeringMatters } from './mattersSteering.ts';
import { operativeMatters } from './mattersOperative.ts';
import { workingMatters } from './mattersWorking.ts';

export type OwnerRef = { person: PersonKey } | { group: GroupKey };
export type RecipientRef = { org: OrgKey } | { group: GroupKey };
export type RegisterRef = { mandate: MandateKey } | { goal: GoalKey };

export type ActionTemplate = {
  title: string;
  owner: OwnerRef;
  /** Due this many days after the meeting. */
  dueDays: number;
  /** Never finished: keeps an overdue open action in the demo. */
  stuck?: boolean;
  links?: readonly RegisterRef[];
};

export type DecisionTemplate = {
  type: DecisionType;
  /** The text after the group's name: "beslutar att …", "tar del av …", "ställer sig bakom …". */
  text: string;
  recipients?: readonly RecipientRef[];
  actions?: readonly ActionTemplate[];
  links?: readonly RegisterRef[];
};

export type MatterTemplate = {
  title: string;
  presenter: PersonKey;
  description: string;
  notes: readonly string[];
  /** Basis documents; dated this many days before the meeting, with a diarienummer series. */
  basis: readonly { title: string; series?: 'UN' | 'SN' | 'KFN'; daysBefore: number }[];
  decisions: readonly DecisionTemplate[];
  links?: readonly RegisterRef[];
  /** A guest who takes part in this item only (övriga närvarande). */
  guest?: PersonKey;
  confidential?: boolean;
  /** May come up again once every matter has been treated (a recurring report without actions). */
  repeatable?: boolean;
};

export const mattersByGroup: Record<GroupKey, readonly MatterTemplate[]> = {
  styrgrupp: steeringMatters,
  omlott: operativeMatters,
  narvaro: workingMatters,
};
