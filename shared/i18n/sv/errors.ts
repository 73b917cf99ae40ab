// Swedish messages for the stable error codes in shared/contract/errors.ts.
export const errorText = {
  validation: 'Uppgifterna kunde inte sparas. Rätta de markerade fälten.',
  unknownMethod: (method: string) => `Okänd funktion: ${method}.`,
  unauthorized: 'Åtkomst nekad: sidan saknar giltig nyckel. Öppna adressen som Protokollet skrev ut vid start.',
  forbidden: 'Åtkomst nekad.',
  internal: 'Ett oväntat fel inträffade. Inget har ändrats. Försök igen, och kontakta support om felet kvarstår.',
  notFound: {
    organisation: 'Organisationen finns inte (den kan ha tagits bort).',
    person: 'Personen finns inte (den kan ha tagits bort).',
    group: 'Gruppen finns inte (den kan ha tagits bort).',
    membership: 'Medlemskapet finns inte (det kan ha tagits bort).',
    meeting: 'Mötet finns inte (det kan ha tagits bort).',
    agendaItem: 'Punkten finns inte (den kan ha tagits bort).',
    basisDocument: 'Beslutsunderlaget finns inte (det kan ha tagits bort).',
    attendance: 'Personen finns inte i mötets närvarolista.',
    otherAttendee: 'Den övriga deltagaren finns inte (den kan ha tagits bort).',
    decision: 'Beslutet finns inte (det kan ha tagits bort).',
    action: 'Uppdraget finns inte (det kan ha tagits bort).',
    followUp: 'Uppföljningen finns inte (den kan ha dragits tillbaka).',
  },
  duplicateName: {
    organisation: (name: string) => `Det finns redan en organisation som heter ”${name}”.`,
    group: (name: string) => `Det finns redan en grupp som heter ”${name}”.`,
  },
  inUse: {
    organisation: (n: number) => `Organisationen kan inte tas bort: den används i ${n} medlemskap, personer eller beslut. Ta bort kopplingarna först.`,
    person: (n: number) => `Personen kan inte tas bort: den förekommer i ${n} medlemskap, möten eller uppdrag.`,
    group: (n: number) => `Gruppen kan inte tas bort eftersom den har ${n} möten. Ta bort eller flytta mötena först.`,
  },
  groupOwnParent: 'En grupp kan inte vara överordnad sig själv.',
  meetingLocked: 'Mötet är justerat och kan inte ändras. Ett fel rättas med en rättelse i ett senare möte.',
  meetingNotDeletable: 'Ett möte med justerat protokoll kan inte tas bort.',
  demoNotEmpty: 'Demodata kan bara läsas in i en tom databas.',
  userMissing: 'Ange ditt namn och din titel innan du fortsätter.',
  databaseTooNew: (dbVersion: number, appVersion: number) =>
    `Databasen har version ${dbVersion} men den här versionen av Protokollet känner bara till version ${appVersion}. Uppdatera Protokollet innan du öppnar databasen.`,
  runtimeTooOld: (node: string) =>
    `Protokollet kräver Node 24 (Node-API 10) men kördes med Node ${node}. Starta via npm (npm start, npm test, npm run …) så används projektets egen Node.`,
} as const;
