// Browser-mode transport: POST /api/<method> with the session token from the URL fragment.
import type { Result } from '../../../../shared/contract/index.ts';
import { errorText } from '../../../../shared/i18n/sv/errors.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import type { Transport } from './types.ts';

const tokenKey = 'protokollet.token';

/**
 * Reads the token once at start-up: from '#token=…' in the URL (then stored in sessionStorage
 * and removed from the visible address, so it is not copied or bookmarked), else from
 * sessionStorage (after a reload). Must run before the router reads the fragment.
 */
export function takeTokenFromLocation(): string | null {
  const match = /^#token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    try {
      sessionStorage.setItem(tokenKey, token);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return token;
  }
  try {
    return sessionStorage.getItem(tokenKey);
  } catch {
    return null;
  }
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'value' in value;
  return v.ok === false && typeof v.error === 'object' && v.error !== null;
}

export function createHttpTransport(token: string | null): Transport {
  return {
    kind: 'http',
    async call(method, input) {
      if (!token) return { ok: false, error: { code: 'UNAUTHORIZED', message: commonText.missingToken } };
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Protokollet-Token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: commonText.networkError } };
      }
      if (response.status === 401) return { ok: false, error: { code: 'UNAUTHORIZED', message: errorText.unauthorized } };
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: commonText.badResponse } };
      }
      return isResult(body) ? body : { ok: false, error: { code: 'INTERNAL', message: commonText.badResponse } };
    },
  };
}
