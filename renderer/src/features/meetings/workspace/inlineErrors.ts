// An API error shown inside a small inline form: a message per field (by issue path), and the
// error's own message when it names no field.
import type { ApiError } from '../../../../../shared/contract/index.ts';

export function inlineErrors(error: ApiError | null) {
  return {
    field: (path: string) => error?.issues?.find((i) => i.path === path)?.message,
    general: error && !error.issues?.length ? error.message : undefined,
  };
}
