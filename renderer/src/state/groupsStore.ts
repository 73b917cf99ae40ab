// The list of groups: shown in the navigation rail, on the start page and on the group list.
import { create } from 'zustand';
import type { ApiError, Group } from '../../../shared/contract/index.ts';
import { call } from '../api/client.ts';

type GroupsState = {
  groups: Group[];
  loaded: boolean;
  error: ApiError | null;
  refresh(): Promise<void>;
};

let latest = 0;

export const useGroupsStore = create<GroupsState>()((set) => ({
  groups: [],
  loaded: false,
  error: null,
  async refresh() {
    const request = ++latest;
    const result = await call('groups.list', {});
    if (request !== latest) return; // a newer refresh is under way
    if (result.ok) set({ groups: result.value, loaded: true, error: null });
    else set({ loaded: true, error: result.error });
  },
}));
