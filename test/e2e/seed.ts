// Data the e2e tests start from, seeded through the API (the UI journeys are tested elsewhere).
import type { AppServer } from './fixtures.ts';

/** A steering group with a chair and a member, and a held meeting today (draft, standing agenda). */
export async function heldMeeting(app: AppServer) {
  await app.seedUser({ name: 'Anna Berg', title: 'Nämndsekreterare' });
  const sof = await app.callOk('organisations.create', { name: 'Socialförvaltningen', kind: 'administration' });
  const karin = await app.callOk('people.create', { name: 'Karin Ek', title: 'Socialdirektör', organisationId: sof.id });
  const johan = await app.callOk('people.create', { name: 'Johan Berg', title: 'Avdelningschef', organisationId: sof.id });
  const group = await app.callOk('groups.create', { name: 'Styrgruppen skola–socialtjänst', kind: 'steering' });
  await app.callOk('memberships.create', { groupId: group.id, personId: karin.id, organisationId: sof.id, role: 'chair' });
  await app.callOk('memberships.create', { groupId: group.id, personId: johan.id, organisationId: sof.id, role: 'member' });
  const { today } = await app.callOk('app.status', {});
  const meeting = await app.callOk('meetings.create', { groupId: group.id, date: today });
  await app.callOk('attendance.fillFromMembers', { meetingId: meeting.id });
  await app.callOk('meetings.update', { id: meeting.id, chairPersonId: karin.id, adjusterPersonIds: [johan.id] });
  await app.callOk('meetings.start', { id: meeting.id });
  return { sof, karin, johan, group, meeting, today, route: `/groups/${group.id}/meetings/${meeting.id}` };
}
