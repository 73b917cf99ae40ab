// The meeting page's one quiet save indicator: "Sparar …" while any field waits for its write,
// "Sparat" once every write has been committed, "Ej sparat" when one failed.
import { create } from 'zustand';
import type { AutosaveState } from './useAutosave.ts';

export type PageSaveState = 'idle' | 'saving' | 'saved' | 'error';

type SaveStatusStore = {
  states: Map<unknown, AutosaveState>;
  report(source: unknown, state: AutosaveState): void;
  /** Marks a write made outside an autosaved field (create, delete, move, status). */
  track<T>(write: Promise<T>): Promise<T>;
};

let trackId = 0;

export const useSaveStatus = create<SaveStatusStore>((set, get) => ({
  states: new Map(),
  report(source, state) {
    set((s) => {
      const states = new Map(s.states);
      if (state === 'idle') states.delete(source);
      else states.set(source, state);
      return { states };
    });
  },
  async track(write) {
    const id = { track: ++trackId };
    get().report(id, 'saving');
    try {
      const result = await write;
      const ok = !(typeof result === 'object' && result !== null && 'ok' in result && result.ok === false);
      get().report(id, ok ? 'saved' : 'error');
      return result;
    } catch (error) {
      get().report(id, 'error');
      throw error;
    }
  },
}));

export function pageSaveState(states: Map<unknown, AutosaveState>): PageSaveState {
  const all = [...states.values()];
  if (all.some((s) => s === 'pending' || s === 'saving')) return 'saving';
  if (all.some((s) => s === 'error')) return 'error';
  if (all.some((s) => s === 'saved')) return 'saved';
  return 'idle';
}
