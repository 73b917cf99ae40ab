// Maps every contract method to its service. The Handlers type makes a missing method a type error.
import { loadDemoData } from '../demo/loadDemo.ts';
import * as app from '../services/app.ts';
import type { ServiceContext } from '../services/context.ts';
import * as groups from '../services/groups.ts';
import * as meetings from '../services/meetings.ts';
import * as memberships from '../services/memberships.ts';
import * as organisations from '../services/organisations.ts';
import * as people from '../services/people.ts';
import type { Handlers } from './dispatcher.ts';

export function createHandlers(ctx: ServiceContext, info: { version: string; dataDir: string }): Handlers {
  return {
    'app.status': () => app.appStatus(ctx, info),
    'user.set': (input) => app.setUser(ctx, input),
    'demo.load': (input) => loadDemoData(ctx, { seed: input.seed ?? 1, today: input.today }),

    'organisations.list': () => organisations.listOrganisations(ctx),
    'organisations.create': (input) => organisations.createOrganisation(ctx, input),
    'organisations.update': (input) => organisations.updateOrganisation(ctx, input),
    'organisations.delete': (input) => organisations.deleteOrganisation(ctx, input),

    'people.list': () => people.listPeople(ctx),
    'people.create': (input) => people.createPerson(ctx, input),
    'people.update': (input) => people.updatePerson(ctx, input),
    'people.delete': (input) => people.deletePerson(ctx, input),

    'groups.list': () => groups.listGroups(ctx),
    'groups.get': (input) => groups.requireGroup(ctx, input.id),
    'groups.create': (input) => groups.createGroup(ctx, input),
    'groups.update': (input) => groups.updateGroup(ctx, input),
    'groups.delete': (input) => groups.deleteGroup(ctx, input),

    'memberships.list': (input) => memberships.listMemberships(ctx, input),
    'memberships.create': (input) => memberships.createMembership(ctx, input),
    'memberships.update': (input) => memberships.updateMembership(ctx, input),
    'memberships.delete': (input) => memberships.deleteMembership(ctx, input),

    'meetings.list': (input) => meetings.listMeetings(ctx, input),
    'meetings.upcoming': (input) => meetings.upcomingMeetings(ctx, input),
    'meetings.get': (input) => meetings.requireMeeting(ctx, input.id),
    'meetings.create': (input) => meetings.createMeeting(ctx, input),
    'meetings.update': (input) => meetings.updateMeeting(ctx, input),
    'meetings.delete': (input) => meetings.deleteMeeting(ctx, input),
  };
}
