// Start-up state: who the user is, whether the database is empty, and which screen comes first.
import { create } from 'zustand';
import type { ApiError, AppStatus, User } from '../../../shared/contract/index.ts';
import { call } from '../api/client.ts';

type Phase = 'loading' | 'failed' | 'ready';

type AppState = {
  phase: Phase;
  status: AppStatus | null;
  error: ApiError | null;
  /** The user chose to start with an empty database (remembered per data folder). */
  startedEmpty: boolean;
  loadStatus(): Promise<void>;
  setUser(user: User): void;
  chooseEmptyStart(): void;
};

const startedEmptyKey = (dataDir: string) => `protokollet.startedEmpty:${dataDir}`;

function readStartedEmpty(dataDir: string): boolean {
  try {
    return localStorage.getItem(startedEmptyKey(dataDir)) === 'yes';
  } catch {
    return false;
  }
}

export const useAppStore = create<AppState>()((set, get) => ({
  phase: 'loading',
  status: null,
  error: null,
  startedEmpty: false,
  async loadStatus() {
    const result = await call('app.status', {});
    if (!result.ok) {
      set({ phase: 'failed', error: result.error });
      return;
    }
    set({ phase: 'ready', status: result.value, error: null, startedEmpty: readStartedEmpty(result.value.dataDir) });
  },
  setUser(user) {
    const status = get().status;
    if (status) set({ status: { ...status, user } });
  },
  chooseEmptyStart() {
    const status = get().status;
    if (status) {
      try {
        localStorage.setItem(startedEmptyKey(status.dataDir), 'yes');
      } catch {
        // Without storage the question simply comes back next time.
      }
    }
    set({ startedEmpty: true });
  },
}));
