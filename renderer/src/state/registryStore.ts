// Organisations and people: the register used by the registry page and the membership form.
import { create } from 'zustand';
import type { ApiError, Organisation, Person } from '../../../shared/contract/index.ts';
import { call } from '../api/client.ts';

type RegistryState = {
  organisations: Organisation[];
  people: Person[];
  loaded: boolean;
  error: ApiError | null;
  refresh(): Promise<void>;
};

let latest = 0;

export const useRegistryStore = create<RegistryState>()((set) => ({
  organisations: [],
  people: [],
  loaded: false,
  error: null,
  async refresh() {
    const request = ++latest;
    const [organisations, people] = await Promise.all([call('organisations.list', {}), call('people.list', {})]);
    if (request !== latest) return;
    if (!organisations.ok) set({ loaded: true, error: organisations.error });
    else if (!people.ok) set({ loaded: true, error: people.error });
    else set({ organisations: organisations.value, people: people.value, loaded: true, error: null });
  },
}));
