// One IPC channel per contract method; only the app's own page may call the core.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract/methods.ts';
import type { Result } from '../../shared/contract/result.ts';

type Handler = (event: unknown, input: unknown) => Promise<Result<unknown>>;

const ipcMain = vi.hoisted(() => ({ handle: vi.fn(), removeHandler: vi.fn() }));
vi.mock('electron', () => ({ ipcMain }));

const { apiChannel, registerApiHandlers } = await import('../../electron/main/ipc.ts');

const appFrame = { senderFrame: { url: 'app://protokollet/index.html#/grupper' } };

function handlerFor(method: string): Handler {
  const call = ipcMain.handle.mock.calls.find(([channel]) => channel === apiChannel(method));
  if (!call) throw new Error(`no handler for ${method}`);
  return call[1] as Handler;
}

beforeEach(() => {
  ipcMain.handle.mockReset();
  ipcMain.removeHandler.mockReset();
});

describe('registerApiHandlers', () => {
  it('registers every contract method exactly once, on api:<method>', async () => {
    const { ipcMain: mocked } = await import('electron');
    registerApiHandlers(mocked, vi.fn());
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(channels).toHaveLength(methodNames.length);
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels.sort()).toEqual(methodNames.map((name) => `api:${name}`).sort());
  });

  it('forwards a call from the app page to the core and returns its envelope', async () => {
    const envelope: Result<unknown> = { ok: true, value: [{ id: 'g1' }] };
    const call = vi.fn(async () => envelope);
    registerApiHandlers(ipcMain, call);
    const result = await handlerFor('groups.list')(appFrame, { some: 'input' });
    expect(call).toHaveBeenCalledExactlyOnceWith('groups.list', { some: 'input' });
    expect(result).toBe(envelope);
  });

  it('passes error envelopes from the core through unchanged', async () => {
    const envelope: Result<unknown> = { ok: false, error: { code: 'VALIDATION', message: 'fel', issues: [{ path: 'name', message: 'krävs' }] } };
    registerApiHandlers(ipcMain, async () => envelope);
    expect(await handlerFor('groups.create')(appFrame, {})).toEqual(envelope);
  });

  it.each([
    ['a foreign web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file:// page', { senderFrame: { url: 'file:///C:/Users/anna/Downloads/x.html' } }],
    ['a look-alike host', { senderFrame: { url: 'app://protokollet.evil/index.html' } }],
    ['the browser-mode origin', { senderFrame: { url: 'http://127.0.0.1:41731/' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('answers FORBIDDEN to %s without calling the core', async (_label, event) => {
    const call = vi.fn();
    registerApiHandlers(ipcMain, call);
    const result = await handlerFor('people.delete')(event, { id: 'p1' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('FORBIDDEN');
      expect(result.error.message).toBe('Åtkomst nekad.');
    }
    expect(call).not.toHaveBeenCalled();
  });

  it('treats a frame whose url getter throws as foreign', async () => {
    const call = vi.fn();
    registerApiHandlers(ipcMain, call);
    const event = {
      get senderFrame() {
        throw new Error('Render frame was disposed');
      },
    };
    const result = await handlerFor('app.status')(event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into an INTERNAL envelope', async () => {
    registerApiHandlers(ipcMain, async () => {
      throw new Error('boom');
    });
    expect(await handlerFor('app.status')(appFrame, {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('can remove all its handlers again', () => {
    const unregister = registerApiHandlers(ipcMain, vi.fn());
    unregister();
    expect(ipcMain.removeHandler.mock.calls.map(([channel]) => channel).sort()).toEqual(methodNames.map((name) => `api:${name}`).sort());
  });
});
