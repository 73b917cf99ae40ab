// The contract boundary inside the core: every adapter (IPC, HTTP, CLI, tests) calls through here.
// Input is parsed with the method's zod schema before any handler runs, so invalid input
// never reaches the database; every thrown error becomes an error envelope, none is swallowed.
import { AppError, api, fail, isMethodName, ok, validationError, type MethodName, type MethodOutput, type ParsedInput, type Result } from '../../../shared/contract/index.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

export type ApiCaller = (method: string, input: unknown) => Promise<Result<unknown>>;

export type DispatcherOptions = {
  /** Output validation guards the contract in development and tests; production skips it for speed. */
  validateOutput: boolean;
  onInternalError?: (method: string, error: unknown) => void;
};

export function createDispatcher(handlers: Handlers, options: DispatcherOptions): ApiCaller {
  return async (method, input) => {
    if (!isMethodName(method)) return fail({ code: 'UNKNOWN_METHOD', message: errorText.unknownMethod(method) });
    const definition = api[method];
    const parsed = definition.input.safeParse(input ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      if (options.validateOutput) {
        const checked = definition.output.safeParse(value);
        if (!checked.success) throw new Error(`Output of ${method} breaks the contract: ${checked.error.message}`);
      }
      return ok(value);
    } catch (error) {
      if (error instanceof AppError) return fail({ code: error.code, message: error.message, issues: error.issues });
      options.onInternalError?.(method, error);
      return fail({ code: 'INTERNAL', message: errorText.internal });
    }
  };
}
