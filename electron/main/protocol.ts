// Serves the built renderer (dist/renderer) on app://protokollet/. A standard, secure custom
// scheme gives the UI a real origin (unlike file://), so 'self' in the CSP and the IPC sender
// check mean exactly "the app's own files". Requests outside the renderer folder get 404.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { appHost, appScheme, contentSecurityPolicy } from './security.ts';

export const appSchemeDefinition: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must run before the app's 'ready' event. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appSchemeDefinition]);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under rootDir that a request URL names, or null if it would leave rootDir. */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = path.posix.normalize(pathname === '/' || pathname === '' ? '/index.html' : pathname).replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

type ReadFile = (file: string) => Promise<Uint8Array<ArrayBuffer>>;

function response(status: number, body: Uint8Array<ArrayBuffer> | string, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

export function createAppProtocolHandler(rootDir: string, readFile: ReadFile = (file) => fs.readFile(file)) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return response(405, 'Method Not Allowed', 'text/plain; charset=utf-8');
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return response(404, 'Not Found', 'text/plain; charset=utf-8');
    try {
      return response(200, await readFile(file), contentTypeOf(file));
    } catch {
      // The UI uses a hash router, but a path without extension still gets the app shell.
      if (path.extname(file) === '') {
        try {
          const index = path.join(path.resolve(rootDir), 'index.html');
          return response(200, await readFile(index), contentTypeOf(index));
        } catch {
          // fall through to 404
        }
      }
      return response(404, 'Not Found', 'text/plain; charset=utf-8');
    }
  };
}

/** Call after 'ready'. */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, createAppProtocolHandler(rendererDir));
}
