// One generic IPC registration for the whole contract: channel 'api:<method>' per method.
// The sender must be the app's own page; the core validates the input with the method's schema.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail, methodNames, type Result } from '../../shared/contract/index.ts';
import { errorText } from '../../shared/i18n/sv/errors.ts';
import type { ApiCaller } from '../core/api/dispatcher.ts';
import { isAppUrl } from './security.ts';

export const apiChannelPrefix = 'api:';
export const apiChannel = (method: string): string => `${apiChannelPrefix}${method}`;

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Only frames showing the app's own origin may call the core. */
export function isTrustedSender(event: SenderEvent): boolean {
  let url: string | undefined;
  try {
    url = event.senderFrame?.url;
  } catch {
    return false; // the frame was destroyed or navigated away
  }
  return isAppUrl(url);
}

export type IpcRegistrar = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** Registers every contract method; returns a function that removes the handlers again. */
export function registerApiHandlers(ipc: IpcRegistrar, call: ApiCaller, isTrusted: (event: SenderEvent) => boolean = isTrustedSender): () => void {
  for (const method of methodNames) {
    ipc.handle(apiChannel(method), async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      if (!isTrusted(event)) return fail({ code: 'FORBIDDEN', message: errorText.forbidden });
      try {
        return await call(method, input);
      } catch (error) {
        console.error(`[protokollet] ${method} failed:`, error);
        return fail({ code: 'INTERNAL', message: errorText.internal });
      }
    });
  }
  return () => {
    for (const method of methodNames) ipc.removeHandler(apiChannel(method));
  };
}
