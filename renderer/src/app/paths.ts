// Route paths (inside the hash: index.html#/groups/…).
export const paths = {
  start: '/',
  groups: '/groups',
  group: (groupId: string) => `/groups/${groupId}`,
  meeting: (groupId: string, meetingId: string) => `/groups/${groupId}/meetings/${meetingId}`,
  registry: '/registry',
  actions: '/actions',
  /** The register filtered to one group's actions. */
  groupActions: (groupId: string) => `/actions?groupId=${encodeURIComponent(groupId)}`,
  registers: '/registers',
  // Dashboard and committee report
  dashboard: '/dashboard',
  // Full-text search (?q=…&groupId=…&year=…&kind=…)
  search: '/search',
} as const;
