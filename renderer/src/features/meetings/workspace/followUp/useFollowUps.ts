// The follow-up item's list for one meeting, and the two writes on it. Each write reloads the
// list, so a row shows the action as it stands after the entry (status, due date, "Försenad").
import { useCallback } from 'react';
import type { FollowUpEntry, MethodInput, Result } from '../../../../../../shared/contract/index.ts';
import { call } from '../../../../api/client.ts';
import { useApiQuery } from '../../../../api/useApiQuery.ts';
import { useSaveStatus } from '../saveStatus.ts';

export function useFollowUps(meetingId: string) {
  const query = useApiQuery('followUps.forMeeting', { meetingId });
  const track = useSaveStatus((s) => s.track);
  const { reload } = query;

  /** Records (or replaces) this meeting's entry; the caller reports the save state (autosave). */
  const record = useCallback(
    async (input: MethodInput<'followUps.record'>): Promise<Result<FollowUpEntry>> => {
      const result = await call('followUps.record', input);
      if (result.ok) await reload();
      return result;
    },
    [reload],
  );

  /** "Ångra": withdraws this meeting's entry, so the action stands as it did before. */
  const withdraw = useCallback(
    async (id: string): Promise<Result<{ id: string }>> => {
      const result = await track(call('followUps.withdraw', { id }));
      if (result.ok) await reload();
      return result;
    },
    [track, reload],
  );

  return { data: query.data, error: query.error, loading: query.loading, reload, record, withdraw };
}

export type FollowUps = ReturnType<typeof useFollowUps>;
