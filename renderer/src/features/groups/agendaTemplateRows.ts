// The template editor's rows as pure list operations: where a new item goes, moving one step,
// the default standing items, and an API error split into a message per row and the rest.
import type { ApiError, FieldIssue } from '../../../../shared/contract/index.ts';
import { standingItemKinds, type AgendaItemKind } from '../../../../shared/domain/agenda.ts';
import { standingItemTitle } from '../../../../shared/i18n/sv/agenda.ts';

/** `key` is the editor's own identity for a row: titles may repeat and change while typed. */
export type TemplateRow = { key: string; title: string; kind: AgendaItemKind };
export type TemplateItem = { title: string; kind: AgendaItemKind };

/** Items that close a meeting: a new item goes before them, as on the meeting page. */
const closingKinds: readonly AgendaItemKind[] = ['other_matters', 'next_meeting', 'closing'];

export function insertIndex(rows: readonly TemplateRow[]): number {
  const index = rows.findIndex((row) => closingKinds.includes(row.kind));
  return index >= 0 ? index : rows.length;
}

/** The rows with the one at `index` moved `delta` steps (-1 up, +1 down); unchanged at an end. */
export function moveRow(rows: readonly TemplateRow[], index: number, delta: -1 | 1): TemplateRow[] {
  const to = index + delta;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(index, 1);
  next.splice(to, 0, row!);
  return next;
}

/** The standing items every new group starts from. */
export function defaultTemplate(): TemplateItem[] {
  return standingItemKinds.map((kind) => ({ kind, title: standingItemTitle[kind] }));
}

export type TemplateErrors = {
  /** Messages by row key, from issues with the path items.N.title (or .kind). */
  byKey: ReadonlyMap<string, string>;
  /** The error when some of it names no row (shown in the message bar), with those issues. */
  general: ApiError | null;
  issues: FieldIssue[];
};

export const noTemplateErrors: TemplateErrors = { byKey: new Map(), general: null, issues: [] };

/** Splits a failed save of `snapshot` (the rows as sent) into row messages and the rest. */
export function templateErrors(error: ApiError | null, snapshot: readonly TemplateRow[]): TemplateErrors {
  if (!error) return noTemplateErrors;
  const byKey = new Map<string, string>();
  const rest: FieldIssue[] = [];
  for (const issue of error.issues ?? []) {
    const match = /^items\.(\d+)\.(title|kind)$/.exec(issue.path);
    const key = match ? snapshot[Number(match[1])]?.key : undefined;
    if (key) {
      if (!byKey.has(key)) byKey.set(key, issue.message);
    } else rest.push(issue);
  }
  return { byKey, general: byKey.size === 0 || rest.length > 0 ? error : null, issues: rest };
}
