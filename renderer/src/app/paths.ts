// Route paths (inside the hash: index.html#/groups/…).
export const paths = {
  start: '/',
  groups: '/groups',
  group: (groupId: string) => `/groups/${groupId}`,
  meeting: (groupId: string, meetingId: string) => `/groups/${groupId}/meetings/${meetingId}`,
  registry: '/registry',
} as const;
