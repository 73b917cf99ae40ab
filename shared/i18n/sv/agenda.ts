import type { StandingItemKind } from '../../domain/agenda.ts';

// Titles of the standing agenda items, as Swedish secretaries write them.
export const standingItemTitle: Record<StandingItemKind, string> = {
  opening: 'Mötets öppnande',
  adjusters: 'Val av justerare',
  agenda_approval: 'Godkännande av dagordningen',
  previous_minutes: 'Föregående protokoll',
  follow_up: 'Uppföljning av beslut och uppdrag',
  other_matters: 'Övriga frågor',
  next_meeting: 'Nästa möte',
  closing: 'Mötets avslutande',
};
