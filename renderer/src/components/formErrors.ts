// Splits an API error into messages next to fields (by issue path) and the rest (message bar).
import type { ApiError, FieldIssue } from '../../../shared/contract/index.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { validationText } from '../../../shared/i18n/sv/validation.ts';

export type FormErrors = {
  /** The message for a field, if the error has an issue with that path. */
  field(path: string): string | undefined;
  /** Whether the message bar is needed, and the issues it should list. */
  barError: ApiError | null;
  barIssues: FieldIssue[];
};

export function splitErrors(error: ApiError | null, fields: readonly string[]): FormErrors {
  const byPath = new Map<string, string>();
  const rest: FieldIssue[] = [];
  for (const issue of error?.issues ?? []) {
    if (fields.includes(issue.path)) {
      if (!byPath.has(issue.path)) byPath.set(issue.path, issue.message);
    } else rest.push(issue);
  }
  const showBar = !!error && (byPath.size === 0 || rest.length > 0);
  return {
    field: (path) => byPath.get(path),
    barError: showBar ? error : null,
    barIssues: rest,
  };
}

/**
 * Client-side check for required choices (an empty select would otherwise come back as
 * "Ogiltig identitet."): returns a VALIDATION error envelope, or null when all are chosen.
 */
export function missingChoices(values: Record<string, string>): { ok: false; error: ApiError } | null {
  const issues = Object.entries(values)
    .filter(([, value]) => !value)
    .map(([path]) => ({ path, message: validationText.invalidChoice }));
  if (issues.length === 0) return null;
  return { ok: false, error: { code: 'VALIDATION', message: `${errorText.validation} ${validationText.invalidChoice}`, issues } };
}
