// Swedish messages of the core about following up action items (the register, the follow-up
// item of a meeting, recording and withdrawing entries).
export const followUpText = {
  onlyInDraft: 'Uppföljning registreras under mötet: starta mötet först. Ett justerat protokoll ändras inte; registrera uppföljningen i nästa möte.',
  notOnAgenda: 'Uppdraget följs inte upp i det här mötet: det hör inte till gruppen eller beslutades inte i ett tidigare möte.',
  laterEntryExists: (date: string) => `Uppdraget har redan en senare uppföljning (${date}). Uppföljningar registreras i datumordning.`,
  onlyLatestWithdrawn: 'Bara den senaste uppföljningen av ett uppdrag kan dras tillbaka, och bara i ett möte som inte är justerat.',
} as const;
