// Request checks of the browser-mode bridge. The bridge listens on loopback only, but any web
// page the user visits could still send requests to it: the Host check stops DNS rebinding,
// the Origin check stops cross-site requests, and the per-launch token guards every API call.
import { timingSafeEqual } from 'node:crypto';

export const tokenHeader = 'x-protokollet-token';

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** No Origin (same-origin GET, curl) is fine; a present Origin must be the app's own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`);
}

export function isValidToken(received: string | string[] | undefined, expected: string): boolean {
  if (typeof received !== 'string') return false;
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
