// `export protocol|extract|notice|actions`: writes Word documents through the same contract
// methods the app uses ('documents.*'), so each sending is also in the expediering log.
import fs from 'node:fs';
import path from 'node:path';
import { actionStatuses, type ActionStatus, type GeneratedFile, type Group, type Meeting } from '../../../shared/contract/index.ts';
import { isValidIsoDate } from '../../../shared/domain/dates.ts';
import { cliText as text } from '../../../shared/i18n/sv/cli.ts';
import { resolveUserPath } from '../../core/dataDir.ts';
import type { Core } from '../../core/core.ts';
import { CliError, dataDirFrom, openExistingCore, parse, usageError, valueOf, type Output } from '../common.ts';
import { findGroup } from './list.ts';

const exportKinds = ['protocol', 'extract', 'notice', 'actions'] as const;
type ExportKind = (typeof exportKinds)[number];

export type ExportArgs = {
  kind: ExportKind;
  dataDir: string | undefined;
  out: string;
  meeting: string | undefined;
  group: string | undefined;
  date: string | undefined;
  isPublic: boolean;
  sections: number[];
  status: ActionStatus | null;
  overdue: boolean;
  /** Who certifies and sends, for this run only; otherwise the app's stored user. */
  actor: { name: string; title: string | null } | undefined;
};

/** "3,5-7" → [3, 5, 6, 7]. */
export function parseSections(value: string): number[] {
  const sections = new Set<number>();
  for (const part of value.split(',').map((p) => p.trim())) {
    const match = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part);
    if (!match) throw usageError(text.invalidSections(value));
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1 || to < from || to - from > 500) throw usageError(text.invalidSections(value));
    for (let n = from; n <= to; n++) sections.add(n);
  }
  return [...sections].sort((a, b) => a - b);
}

const kindOnly: Record<string, ExportKind> = { public: 'protocol', sections: 'extract', status: 'actions', overdue: 'actions' };

export function parseExportArgs(args: string[]): ExportArgs {
  const { values, positionals } = parse(args, {
    'data-dir': { type: 'string' },
    out: { type: 'string' },
    meeting: { type: 'string' },
    group: { type: 'string' },
    date: { type: 'string' },
    public: { type: 'boolean' },
    sections: { type: 'string' },
    status: { type: 'string' },
    overdue: { type: 'boolean' },
    as: { type: 'string' },
    title: { type: 'string' },
  });
  const [kindArg, extra] = positionals;
  if (kindArg === undefined) throw usageError(text.missingExportKind);
  if (extra !== undefined) throw usageError(text.unexpectedArgument(extra));
  if (!(exportKinds as readonly string[]).includes(kindArg)) throw usageError(text.unknownExportKind(kindArg));
  const kind = kindArg as ExportKind;
  for (const [option, only] of Object.entries(kindOnly)) {
    if (values[option as keyof typeof values] !== undefined && kind !== only) throw usageError(text.exportOnlyOption(`--${option}`, kind));
  }
  if (values.date !== undefined && !isValidIsoDate(values.date)) throw usageError(text.invalidDate('--date', values.date));
  if (values.status !== undefined && !(actionStatuses as readonly string[]).includes(values.status)) throw usageError(text.invalidStatus(values.status, actionStatuses));
  if (kind !== 'actions' && values.meeting === undefined && (values.group === undefined || values.date === undefined)) throw usageError(text.missingMeeting);
  if (kind === 'extract' && values.sections === undefined) throw usageError(text.missingSections);
  return {
    kind,
    dataDir: values['data-dir'],
    out: resolveUserPath(values.out ?? '.'),
    meeting: values.meeting,
    group: values.group,
    date: values.date,
    isPublic: values.public ?? false,
    sections: values.sections === undefined ? [] : parseSections(values.sections),
    status: (values.status as ActionStatus | undefined) ?? null,
    overdue: values.overdue ?? false,
    actor: values.as?.trim() ? { name: values.as.trim(), title: values.title?.trim() || null } : undefined,
  };
}

async function groupId(core: Core, value: string): Promise<string> {
  return findGroup(valueOf<Group[]>(await core.call('groups.list', {})), value).id;
}

async function meetingId(core: Core, args: ExportArgs): Promise<string> {
  if (args.meeting !== undefined) return args.meeting;
  const group = args.group!;
  const date = args.date!;
  const meetings = valueOf<Meeting[]>(await core.call('meetings.list', { groupId: await groupId(core, group), from: date, to: date }));
  if (meetings.length === 0) throw new CliError(text.meetingNotFound(group, date));
  if (meetings.length > 1) throw new CliError(text.ambiguousMeeting(group, date));
  return meetings[0]!.id;
}

async function produce(core: Core, args: ExportArgs): Promise<GeneratedFile[]> {
  if (args.kind === 'actions') {
    const filter = { groupId: args.group === undefined ? null : await groupId(core, args.group), status: args.status, overdueOnly: args.overdue };
    return [valueOf<GeneratedFile>(await core.call('documents.actionList', filter))];
  }
  const id = await meetingId(core, args);
  if (args.kind === 'protocol') return [valueOf<GeneratedFile>(await core.call('documents.protocol', { meetingId: id, variant: args.isPublic ? 'public' : 'full' }))];
  if (args.kind === 'notice') return [valueOf<GeneratedFile>(await core.call('documents.notice', { meetingId: id }))];
  return valueOf<{ files: GeneratedFile[] }>(await core.call('documents.extracts', { meetingId: id, sections: args.sections })).files;
}

export async function runExport(argv: string[], output: Output): Promise<number> {
  const args = parseExportArgs(argv);
  const core = await openExistingCore(dataDirFrom(args.dataDir), args.actor);
  try {
    if (!args.actor && !valueOf<{ user: unknown }>(await core.call('app.status', {})).user) throw new CliError(text.exportUserMissing);
    const files = await produce(core, args);
    fs.mkdirSync(args.out, { recursive: true });
    for (const file of files) {
      const target = path.join(args.out, file.fileName);
      fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
      output.out(text.fileWritten(target));
    }
    return 0;
  } finally {
    core.close();
  }
}
