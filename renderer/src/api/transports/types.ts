import type { Result } from '../../../../shared/contract/index.ts';

/** Sends one API call and always resolves with a Result envelope (never rejects). */
export type Transport = {
  readonly kind: 'electron' | 'http';
  call(method: string, input: unknown): Promise<Result<unknown>>;
};
