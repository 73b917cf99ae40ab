// The only bridge between the sandboxed renderer and the main process: window.protokollet has one
// function per contract method (an allow-list) plus the transport name. ipcRenderer itself is never
// exposed. Bundled into one CommonJS file because a sandboxed preload cannot require local files.
import { contextBridge, ipcRenderer } from 'electron';
import { methodNames } from '../../shared/contract/methods.ts';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export function createBridge(invoke: Invoke): Readonly<Record<string, unknown>> {
  const bridge: Record<string, unknown> = { transport: 'electron' };
  for (const method of methodNames) {
    const channel = `api:${method}`;
    bridge[method] = (input?: unknown) => invoke(channel, input);
  }
  return Object.freeze(bridge);
}

contextBridge.exposeInMainWorld(
  'protokollet',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
