// The renderer's one way to reach the core: a typed call per contract method, over whichever
// transport was chosen at start-up (Electron preload if present, else HTTP with the token).
import type { ApiError, MethodInput, MethodName, MethodOutput, Result } from '../../../shared/contract/index.ts';
import { errorText } from '../../../shared/i18n/sv/errors.ts';
import { createElectronTransport, hasElectronBridge } from './transports/electron.ts';
import { createHttpTransport, takeTokenFromLocation } from './transports/http.ts';
import type { Transport } from './transports/types.ts';

let transport: Transport | null = null;

/** Chooses the transport. Call once, before the router starts (it consumes '#token=…'). */
export function initApiClient(): Transport {
  if (transport) return transport;
  transport = hasElectronBridge() && window.protokollet ? createElectronTransport(window.protokollet) : createHttpTransport(takeTokenFromLocation());
  return transport;
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  const t = transport ?? initApiClient();
  return (await t.call(method, input)) as Result<MethodOutput<M>>;
}

/** An error envelope turned into an exception, so callers can use try/catch. */
export class ApiCallError extends Error {
  readonly error: ApiError;
  readonly method: MethodName;
  constructor(method: MethodName, error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.error = error;
    this.method = method;
  }
}

export async function callOrThrow<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await call(method, input);
  if (!result.ok) throw new ApiCallError(method, result.error);
  return result.value;
}

/** The ApiError inside anything thrown by callOrThrow (or a generic one for other exceptions). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.error;
  console.error(error);
  return { code: 'INTERNAL', message: errorText.internal };
}
