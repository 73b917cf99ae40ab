// Decisions with recipients ("Expedieras till") and action items with an owner that can always be named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tableCount, type TestCore } from '../helpers/core.ts';
import { heldMeeting, openSeededGroup, type Fixture } from '../helpers/protocol.ts';

let core: TestCore;
let f: Fixture;
let itemId: string;
beforeEach(async () => {
  ({ core, f } = await openSeededGroup());
  const meeting = await heldMeeting(core, f, '2026-04-01');
  itemId = (await core.value('agendaItems.create', { meetingId: meeting.id, title: 'Skolsociala team' })).id;
});
afterEach(() => core.close());

describe('decisions', () => {
  it('are numbered within the item, typed, and sent to organisations and groups (each once)', async () => {
    const first = await core.value('decisions.create', {
      agendaItemId: itemId,
      text: 'Styrgruppen beslutar att förlänga projektet.',
      recipients: [{ organisationId: f.school.id }, { groupId: f.group.id }, { organisationId: f.school.id }],
    });
    expect(first).toMatchObject({ position: 1, type: 'decision', actions: [], identityWarnings: [] });
    expect(first.recipients.map((r) => r.name).sort()).toEqual([f.group.name, f.school.name].sort());
    const second = await core.value('decisions.create', { agendaItemId: itemId, text: 'Styrgruppen tar del av informationen.', type: 'information' });
    expect(second).toMatchObject({ position: 2, recipients: [] });
    const updated = await core.value('decisions.update', { id: first.id, type: 'position', recipients: [{ organisationId: f.social.id }] });
    expect(updated).toMatchObject({ text: 'Styrgruppen beslutar att förlänga projektet.', type: 'position', recipients: [{ organisationId: f.social.id, groupId: null }] });
    await core.value('decisions.delete', { id: second.id });
    expect(tableCount(core, 'decisions')).toBe(1);
  });

  it('refuses a recipient that is neither an organisation nor a group, or does not exist', async () => {
    expect(await core.result('decisions.create', { agendaItemId: itemId, text: 'Beslut', recipients: [{ name: 'Polisen' }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'recipients.0', message: 'Välj en organisation eller en grupp som mottagare.' }] },
    });
    expect(await core.result('decisions.create', { agendaItemId: itemId, text: 'Beslut', recipients: [{ organisationId: crypto.randomUUID() }] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(tableCount(core, 'decisions')).toBe(0);
  });
});

describe('actions', () => {
  let decisionId: string;
  beforeEach(async () => {
    decisionId = (await core.value('decisions.create', { agendaItemId: itemId, text: 'Styrgruppen beslutar att …' })).id;
  });

  it('take a person with the organisation of their membership, a person with another organisation, or a group', async () => {
    const byMember = await core.value('actions.create', { decisionId, title: 'Ta fram en plan', owner: { personId: f.bertil.id }, dueDate: '2026-05-01' });
    expect(byMember).toMatchObject({ position: 1, owner: { personName: 'Bertil Ek', organisationId: f.school.id, groupId: null }, note: null });
    const explicit = await core.value('actions.create', { decisionId, title: 'Samråd', owner: { personId: f.bertil.id, organisationId: f.social.id }, dueDate: '2026-05-01' });
    expect(explicit.owner).toMatchObject({ organisationName: f.social.name });
    const byGroup = await core.value('actions.create', { decisionId, title: 'Omlottgruppen får i uppdrag att …', owner: { groupId: f.group.id }, dueDate: '2026-06-01', note: 'Rapport i juni' });
    expect(byGroup.owner).toMatchObject({ personId: null, groupName: f.group.name });
    const moved = await core.value('actions.update', { id: byGroup.id, owner: { personId: f.anna.id }, dueDate: '2026-06-15', note: null });
    expect(moved).toMatchObject({ title: 'Omlottgruppen får i uppdrag att …', dueDate: '2026-06-15', note: null, owner: { personName: 'Anna Öberg', groupId: null } });
    await core.value('actions.delete', { id: explicit.id });
    expect(tableCount(core, 'actions')).toBe(2);
  });

  it('refuses a person who acts for no organisation, naming the field', async () => {
    const loner = await core.value('people.create', { name: 'Olle Utan' });
    const result = await core.result('actions.create', { decisionId, title: 'Uppdrag', owner: { personId: loner.id }, dueDate: '2026-05-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'owner.organisationId', message: expect.stringContaining('organisation') }] } });
    expect(tableCount(core, 'actions')).toBe(0);
  });
});
