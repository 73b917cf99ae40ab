// Electron transport: the preload script exposes one function per API method on window.protokollet.
import type { Result } from '../../../../shared/contract/index.ts';
import { errorText } from '../../../../shared/i18n/sv/errors.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import type { Transport } from './types.ts';

export type ProtokolletBridge = {
  readonly transport: 'electron';
} & Record<string, unknown>;

declare global {
  interface Window {
    protokollet?: ProtokolletBridge;
  }
}

export function hasElectronBridge(): boolean {
  return typeof window !== 'undefined' && typeof window.protokollet === 'object' && window.protokollet !== null;
}

export function createElectronTransport(bridge: ProtokolletBridge): Transport {
  return {
    kind: 'electron',
    async call(method, input) {
      const fn = bridge[method];
      if (typeof fn !== 'function') {
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: errorText.unknownMethod(method) } };
      }
      try {
        return (await (fn as (input: unknown) => Promise<Result<unknown>>)(input)) ?? badResponse();
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: commonText.networkError } };
      }
    },
  };
}

function badResponse(): Result<never> {
  return { ok: false, error: { code: 'INTERNAL', message: commonText.badResponse } };
}
