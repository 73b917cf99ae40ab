// The contract boundary: invalid input is refused with Swedish messages and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, methodNames } from '../../shared/contract/index.ts';
import { createDispatcher, type Handlers } from '../../electron/core/api/dispatcher.ts';
import { openTestCore, tableCount, type TestCore } from '../helpers/core.ts';

let core: TestCore;
beforeEach(async () => {
  core = await openTestCore();
});
afterEach(() => core.close());

const writeTables = ['organisations', 'people', 'groups', 'memberships', 'meetings', 'agenda_items', 'change_log', 'settings'];
const snapshot = () => Object.fromEntries(writeTables.map((t) => [t, tableCount(core, t)]));

describe('the contract', () => {
  it('names every method as area.verb and gives each an input and output schema', () => {
    expect(methodNames.length).toBeGreaterThan(20);
    for (const name of methodNames) {
      expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
      expect(api[name].input).toBeDefined();
      expect(api[name].output).toBeDefined();
    }
  });

  it.each([
    ['organisations.create', { name: '', kind: 'administration' }, 'name', 'Fältet måste fyllas i.'],
    ['organisations.create', { name: 'Polisen', kind: 'militär' }, 'kind', 'Välj ett av alternativen.'],
    ['people.create', { name: 'Anna', email: 'inte-en-adress' }, 'email', 'Ange en giltig e-postadress'],
    ['meetings.create', { groupId: '00000000-0000-4000-8000-000000000000', date: '2025-13-45' }, 'date', 'Ange ett datum, t.ex. 2025-09-30.'],
    ['meetings.create', { groupId: '00000000-0000-4000-8000-000000000000', date: '2025-02-29' }, 'date', 'Ange ett datum'],
    ['meetings.create', { groupId: '00000000-0000-4000-8000-000000000000', date: '2025-09-30', startTime: '25.00' }, 'startTime', 'Ange en tid'],
    ['meetings.create', { groupId: '00000000-0000-4000-8000-000000000000', date: '2025-09-30', startTime: '15.00', endTime: '13.00' }, 'endTime', 'Sluttiden'],
    ['groups.get', { id: "1' OR '1'='1" }, 'id', 'Ogiltig identitet.'],
    ['user.set', { name: 'Sara Lind' }, 'title', 'Fältet måste fyllas i.'],
  ])('%s refuses %j with a Swedish message on the field and changes nothing', async (method, input, path, message) => {
    const before = snapshot();
    const result = await core.result(method as never, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues).toContainEqual({ path, message: expect.stringContaining(message) });
    expect(result.error.message).toContain(message);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a non-object input and unknown methods', async () => {
    expect(await core.result('organisations.create', 'DROP TABLE organisations')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await core.call('organisations.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await core.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('trims text and stores empty optional text as empty (null)', async () => {
    const org = await core.value('organisations.create', { name: '  Polisen Syd  ', shortName: '   ', kind: 'police' });
    expect(org).toMatchObject({ name: 'Polisen Syd', shortName: null });
  });

  it('turns an unexpected failure into INTERNAL without leaking details, and reports it', async () => {
    const reported: unknown[] = [];
    const handlers = { 'organisations.list': () => { throw new Error('disk I/O error at /secret/path'); } } as unknown as Handlers;
    const call = createDispatcher(handlers, { validateOutput: true, onInternalError: (_m, e) => reported.push(e) });
    const result = await call('organisations.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(reported).toHaveLength(1);
  });

  it('catches a handler whose output breaks the contract (output validation on)', async () => {
    const handlers = { 'organisations.list': () => [{ id: 1 }] } as unknown as Handlers;
    const call = createDispatcher(handlers, { validateOutput: true, onInternalError: () => undefined });
    expect(await call('organisations.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('returns contract-valid output from every read method on demo data', async () => {
    await core.value('demo.load', { seed: 7 });
    const groups = await core.value('groups.list', {});
    const group = groups[0]!;
    const meetings = await core.value('meetings.list', { groupId: group.id });
    for (const [method, input] of [
      ['app.status', {}],
      ['organisations.list', {}],
      ['people.list', {}],
      ['groups.list', {}],
      ['groups.get', { id: group.id }],
      ['memberships.list', { groupId: group.id }],
      ['meetings.list', {}],
      ['meetings.upcoming', { limit: 5 }],
      ['meetings.get', { id: meetings[0]!.id }],
      ['meetings.detail', { id: meetings[0]!.id }],
      ['meetings.approvedCopy', { id: meetings.find((m) => m.status === 'approved')!.id }],
      ['groups.getAgendaTemplate', { groupId: group.id }],
      ['groups.getSectionStarts', { groupId: group.id }],
    ] as const) {
      const result = await core.call(method, input);
      expect(result.ok, method).toBe(true);
      if (result.ok) expect(api[method].output.safeParse(result.value).success, method).toBe(true);
    }
  });
});
