// The group of each meeting a follow-up was recorded in, for the link to the meeting page: an
// entry names its meeting but not the meeting's group (the deciding group or the owning group).
import { useEffect, useState } from 'react';
import { call } from '../../api/client.ts';

export function useMeetingGroups(meetingIds: readonly string[]): ReadonlyMap<string, string> {
  const key = [...new Set(meetingIds)].sort().join(',');
  const [groups, setGroups] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    if (!key) return;
    let live = true;
    void Promise.all(key.split(',').map(async (id) => [id, await call('meetings.get', { id })] as const)).then((results) => {
      if (!live) return;
      setGroups(new Map(results.flatMap(([id, result]) => (result.ok ? [[id, result.value.groupId] as const] : []))));
    });
    return () => {
      live = false;
    };
  }, [key]);

  return groups;
}
