// `list groups|organisations|meetings [--data-dir DIR] [--json]`: reads through the API contract
// ('groups.list', 'organisations.list', 'meetings.list') and prints a Swedish table or JSON.
import { isValidIsoDate } from '../../../shared/domain/dates.ts';
import { meetingStatuses, type Group, type Meeting, type MeetingStatus, type Organisation } from '../../../shared/contract/index.ts';
import { cliText as text } from '../../../shared/i18n/sv/cli.ts';
import { groupKindLabel, meetingStatusLabel, organisationKindLabel } from '../../../shared/i18n/sv/labels.ts';
import type { Core } from '../../core/core.ts';
import { CliError, dataDirFrom, openExistingCore, parse, renderTable, usageError, valueOf, type Output } from '../common.ts';

const kinds = { groups: 'groups', organisations: 'organisations', meetings: 'meetings', grupper: 'groups', organisationer: 'organisations', möten: 'meetings' } as const;
type ListKind = (typeof kinds)[keyof typeof kinds];

export type ListArgs = {
  kind: ListKind;
  dataDir: string | undefined;
  json: boolean;
  group: string | undefined;
  statuses: MeetingStatus[] | undefined;
  from: string | undefined;
  to: string | undefined;
};

export function parseListArgs(args: string[]): ListArgs {
  const { values, positionals } = parse(args, {
    'data-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
    group: { type: 'string' },
    status: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
  });
  const [kindArg, extra] = positionals;
  if (kindArg === undefined) throw usageError(text.missingListKind);
  if (extra !== undefined) throw usageError(text.unexpectedArgument(extra));
  const kind = Object.prototype.hasOwnProperty.call(kinds, kindArg) ? kinds[kindArg as keyof typeof kinds] : undefined;
  if (!kind) throw usageError(text.unknownListKind(kindArg));
  if (kind !== 'meetings') {
    for (const option of ['group', 'status', 'from', 'to'] as const) {
      if (values[option] !== undefined) throw usageError(text.meetingsOnlyOption(`--${option}`));
    }
  }
  for (const option of ['from', 'to'] as const) {
    const value = values[option];
    if (value !== undefined && !isValidIsoDate(value)) throw usageError(text.invalidDate(`--${option}`, value));
  }
  const statuses = values.status?.map((status) => {
    if (!(meetingStatuses as readonly string[]).includes(status)) throw usageError(text.invalidStatus(status, meetingStatuses));
    return status as MeetingStatus;
  });
  return { kind, dataDir: values['data-dir'], json: values.json ?? false, group: values.group, statuses, from: values.from, to: values.to };
}

/** A group named by its id or its exact name (names are unique regardless of case). */
export function findGroup(groups: readonly Group[], value: string): Group {
  const group =
    groups.find((g) => g.id === value) ?? groups.find((g) => g.name === value) ?? groups.find((g) => g.name.toLocaleLowerCase('sv') === value.toLocaleLowerCase('sv'));
  if (!group) throw new CliError(text.groupNotFound(value));
  return group;
}

/** "§§ 1–10", "§ 5", or "–" for a meeting without numbered items. */
export function formatSections(sections: readonly number[]): string {
  if (sections.length === 0) return '–';
  if (sections.length === 1) return `§ ${sections[0]}`;
  const contiguous = sections.every((n, i) => i === 0 || n === (sections[i - 1] ?? 0) + 1);
  return contiguous ? `§§ ${sections[0]}–${sections[sections.length - 1]}` : `§§ ${sections.join(', ')}`;
}

const timeSpan = (m: Meeting) => (m.startTime ? `${m.startTime.replace(':', '.')}${m.endTime ? `–${m.endTime.replace(':', '.')}` : ''}` : '');

async function listGroups(core: Core): Promise<{ rows: Group[]; table: () => string }> {
  const rows = valueOf<Group[]>(await core.call('groups.list', {}));
  const nameOf = new Map(rows.map((g) => [g.id, g.name]));
  const c = text.columns;
  return {
    rows,
    table: () =>
      renderTable(
        [c.name, c.kind, c.parent, c.members, c.nextMeeting],
        rows.map((g) => [g.name, groupKindLabel[g.kind], g.parentGroupId ? (nameOf.get(g.parentGroupId) ?? '') : '', String(g.memberCount), g.nextMeetingDate ?? '']),
      ),
  };
}

async function listOrganisations(core: Core): Promise<{ rows: Organisation[]; table: () => string }> {
  const rows = valueOf<Organisation[]>(await core.call('organisations.list', {}));
  const c = text.columns;
  return { rows, table: () => renderTable([c.name, c.shortName, c.kind], rows.map((o) => [o.name, o.shortName ?? '', organisationKindLabel[o.kind]])) };
}

async function listMeetings(core: Core, args: ListArgs): Promise<{ rows: Meeting[]; table: () => string }> {
  const groupId = args.group === undefined ? undefined : findGroup(valueOf<Group[]>(await core.call('groups.list', {})), args.group).id;
  const input = { groupId, from: args.from, to: args.to, statuses: args.statuses };
  const meetings = valueOf<Meeting[]>(await core.call('meetings.list', input));
  // Oldest first, as a secretary reads the year.
  const rows = [...meetings].sort(
    (a, b) => a.date.localeCompare(b.date) || a.groupName.localeCompare(b.groupName, 'sv') || (a.startTime ?? '').localeCompare(b.startTime ?? ''),
  );
  const c = text.columns;
  return {
    rows,
    table: () =>
      renderTable(
        [c.date, c.time, c.group, c.status, c.sections, c.place],
        rows.map((m) => [m.date, timeSpan(m), m.groupName, meetingStatusLabel[m.status], formatSections(m.sections), m.place ?? '']),
      ),
  };
}

export async function runList(argv: string[], output: Output): Promise<number> {
  const args = parseListArgs(argv);
  const core = await openExistingCore(dataDirFrom(args.dataDir));
  try {
    const { rows, table } =
      args.kind === 'groups' ? await listGroups(core) : args.kind === 'organisations' ? await listOrganisations(core) : await listMeetings(core, args);
    if (args.json) output.out(JSON.stringify(rows, null, 2));
    else if (rows.length === 0) output.out(text.empty[args.kind]);
    else output.out(`${table()}\n\n${text.count[args.kind](rows.length)}`);
    return 0;
  } finally {
    core.close();
  }
}
