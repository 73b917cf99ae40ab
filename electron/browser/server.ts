// The browser-mode adapter: the built renderer and the contract's methods over HTTP on loopback.
// Every API call is POST /api/<method> with a JSON body and the launch's token in a header.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/contract/index.ts';
import { errorText } from '../../shared/i18n/sv/errors.ts';
import { validationText } from '../../shared/i18n/sv/validation.ts';
import type { ApiCaller } from '../core/api/dispatcher.ts';
import { contentSecurityPolicy } from '../core/csp.ts';
import { isAllowedHost, isAllowedOrigin, isValidToken, tokenHeader } from './guards.ts';
import { resolveStaticFile } from './static.ts';

const maxBodyBytes = 20 * 1024 * 1024;
export const loopbackHost = '127.0.0.1';

export type BrowserServerOptions = { call: ApiCaller; staticDir: string; token: string; port: number };
export type BrowserServer = { port: number; url: string; close(): Promise<void> };

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(response: http.ServerResponse, status: number, body: Result<unknown>): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

const denied = (code: 'UNAUTHORIZED' | 'FORBIDDEN'): Result<never> => ({
  ok: false,
  error: { code, message: code === 'UNAUTHORIZED' ? errorText.unauthorized : errorText.forbidden },
});

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(new Error('body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function handleApi(options: BrowserServerOptions, method: string, request: http.IncomingMessage, response: http.ServerResponse) {
  if (request.method !== 'POST') {
    response.writeHead(405, { ...securityHeaders, Allow: 'POST' }).end();
    return;
  }
  if (!isValidToken(request.headers[tokenHeader], options.token)) return sendJson(response, 401, denied('UNAUTHORIZED'));
  let input: unknown;
  try {
    const body = await readBody(request);
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return sendJson(response, 400, { ok: false, error: { code: 'VALIDATION', message: validationText.invalidInput } });
  }
  const result = await options.call(method, input);
  const status = !result.ok && result.error.code === 'UNKNOWN_METHOD' ? 404 : 200;
  sendJson(response, status, result);
}

function handleStatic(options: BrowserServerOptions, urlPath: string, request: http.IncomingMessage, response: http.ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD' }).end();
    return;
  }
  const found = resolveStaticFile(options.staticDir, urlPath);
  if (!found) {
    response.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Hittades inte.');
    return;
  }
  response.writeHead(200, { ...securityHeaders, 'Content-Type': found.contentType, 'Cache-Control': 'no-cache' });
  if (request.method === 'HEAD') response.end();
  else fs.createReadStream(found.file).pipe(response);
}

export function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  let port = options.port;
  const server = http.createServer((request, response) => {
    // Host and Origin are checked for every request, static files included.
    if (!isAllowedHost(request.headers.host, port) || !isAllowedOrigin(request.headers.origin, port)) {
      response.writeHead(403, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end(errorText.forbidden);
      return;
    }
    const urlPath = (request.url ?? '/').split('?')[0] ?? '/';
    const apiMatch = /^\/api\/([A-Za-z0-9_.]+)$/.exec(urlPath);
    if (apiMatch) {
      handleApi(options, apiMatch[1]!, request, response).catch((error: unknown) => {
        console.error('[protokollet] request failed:', error);
        if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: 'INTERNAL', message: errorText.internal } });
      });
      return;
    }
    if (urlPath.startsWith('/api/')) return sendJson(response, 404, { ok: false, error: { code: 'UNKNOWN_METHOD', message: errorText.unknownMethod(urlPath.slice(5)) } });
    handleStatic(options, urlPath, request, response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopbackHost, () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      resolve({
        port,
        url: `http://${loopbackHost}:${port}/`,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
