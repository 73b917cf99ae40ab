// The preload bridge: exactly one function per contract method, plus the transport name.
import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract/methods.ts';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electron);

await import('../../electron/preload/preload.ts');
// Captured right after the import: the preload runs once, when Electron loads it.
const exposeCalls = [...electron.contextBridge.exposeInMainWorld.mock.calls];

function exposed(): Record<string, unknown> {
  return exposeCalls[0]![1] as Record<string, unknown>;
}

describe('preload', () => {
  it('exposes one object, window.protokollet, once', () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0]![0]).toBe('protokollet');
  });

  it('has exactly the contract methods plus transport, nothing else', () => {
    const bridge = exposed();
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, 'transport'].sort());
    expect(bridge.transport).toBe('electron');
    for (const name of methodNames) expect(typeof bridge[name]).toBe('function');
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes the matching api: channel with the input only', async () => {
    const bridge = exposed();
    for (const name of methodNames) {
      electron.ipcRenderer.invoke.mockClear();
      const input = { probe: name };
      const result = await (bridge[name] as (input: unknown) => Promise<unknown>)(input);
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(`api:${name}`, input);
      expect(result).toEqual({ ok: true, value: { channel: `api:${name}`, input } });
    }
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
