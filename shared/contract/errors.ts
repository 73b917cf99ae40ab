// Stable error codes: adapters and the renderer branch on these, never on message text.
export const errorCodes = [
  'VALIDATION', // input did not match the method's schema
  'NOT_FOUND', // the referenced record does not exist
  'CONFLICT', // a uniqueness or state rule forbids the change
  'IN_USE', // delete refused because other records refer to this one
  'LOCKED', // the record belongs to an approved protocol
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type FieldIssue = { path: string; message: string };

export type ApiError = { code: ErrorCode; message: string; issues?: FieldIssue[] };

/** Thrown inside the core; turned into an error envelope at the contract boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}
