// Turns a zod failure into the contract's VALIDATION error, with Swedish messages per field.
import type { z } from 'zod';
import { errorText } from '../i18n/sv/errors.ts';
import type { ApiError } from './errors.ts';

export function validationError(error: z.ZodError): ApiError {
  const issues = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const first = issues[0];
  const message = first ? `${errorText.validation} ${first.message}` : errorText.validation;
  return { code: 'VALIDATION', message, issues };
}
