// Swedish messages for input validation, shown next to the field and returned by the API.
export const validationText = {
  required: 'Fältet måste fyllas i.',
  tooLong: (max: number) => `Högst ${max} tecken.`,
  invalidId: 'Ogiltig identitet.',
  invalidDate: 'Ange ett datum, t.ex. 2025-09-30.',
  invalidTime: 'Ange en tid, t.ex. 13.00.',
  endBeforeStart: 'Sluttiden måste vara efter starttiden.',
  validToBeforeFrom: 'Slutdatum måste vara samma dag som eller efter startdatum.',
  invalidEmail: 'Ange en giltig e-postadress, t.ex. anna.berg@kommun.se.',
  invalidChoice: 'Välj ett av alternativen.',
  invalidNumber: 'Ange ett heltal.',
  invalidInput: 'Uppgifterna är ofullständiga eller felaktiga.',
} as const;
