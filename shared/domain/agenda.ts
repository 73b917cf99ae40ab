// The agenda's item kinds, and the standing items a group's template starts from.
export const agendaItemKinds = [
  'opening',
  'adjusters',
  'agenda_approval',
  'previous_minutes',
  'follow_up',
  'matter',
  'other_matters',
  'next_meeting',
  'closing',
] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];
export type StandingItemKind = Exclude<AgendaItemKind, 'matter'>;

/** Order of the standing items; matters are inserted between follow-up and other matters. */
export const standingItemKinds: readonly StandingItemKind[] = [
  'opening',
  'adjusters',
  'agenda_approval',
  'previous_minutes',
  'follow_up',
  'other_matters',
  'next_meeting',
  'closing',
];
