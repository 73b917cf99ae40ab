// Electron hardening: the renderer may show only the app's own pages, open no windows,
// attach no webviews, get no permissions, and runs under a strict Content-Security-Policy.
// Pure decision functions are exported for tests; the install* functions wire them up.
import type { App, Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { contentSecurityPolicy } from '../core/csp.ts';

export { contentSecurityPolicy };

/** The renderer is served from a custom standard scheme (see protocol.ts), never from file://. */
export const appScheme = 'app';
export const appHost = 'protokollet';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

function parseUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for the app's own origin (app://protokollet/...). */
export function isAppUrl(url: string | null | undefined): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '';
}

/** Links the user may open in the system browser: http and https only (no file:, smb:, javascript: …). */
export function isExternalWebUrl(url: string | null | undefined): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
}

export type OpenExternal = (url: string) => Promise<void> | void;

function openSafely(openExternal: OpenExternal, url: string): void {
  if (!isExternalWebUrl(url)) return;
  try {
    void Promise.resolve(openExternal(url)).catch(() => undefined);
  } catch {
    // Opening a link is best effort; the app itself is not affected.
  }
}

type PreventableEvent = Pick<Event, 'preventDefault'>;

/**
 * Listener for 'will-navigate' and 'will-redirect': stays on the app's own origin.
 * A clicked external web link opens in the system browser instead.
 */
export function createNavigationGuard(openExternal: OpenExternal) {
  return (event: PreventableEvent & { url?: string }, legacyUrl?: string): void => {
    const url = event.url ?? legacyUrl;
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (url) openSafely(openExternal, url);
  };
}

/** setWindowOpenHandler: never a new Electron window; web links go to the system browser. */
export function createWindowOpenHandler(openExternal: OpenExternal) {
  return (details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse => {
    openSafely(openExternal, details.url);
    return { action: 'deny' };
  };
}

export const denyPermissionRequest = (_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void => callback(false);
export const denyPermissionCheck = (): boolean => false;

/** Response headers with our CSP replacing any other (header names compare case-insensitively). */
export function withContentSecurityPolicy(headers: Record<string, string[] | string> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy];
  return result;
}

/** Guards every web contents the app creates (windows, devtools, anything). Call before 'ready'. */
export function installWebContentsGuards(app: Pick<App, 'on'>, openExternal: OpenExternal): void {
  const guard = createNavigationGuard(openExternal);
  const windowOpenHandler = createWindowOpenHandler(openExternal);
  app.on('web-contents-created', (_event: unknown, contents: WebContents) => {
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event: PreventableEvent) => event.preventDefault());
    contents.setWindowOpenHandler(windowOpenHandler);
  });
}

type SecuredSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/** Denies every permission and adds the CSP to every response of the session. */
export function installSessionSecurity(session: SecuredSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}
