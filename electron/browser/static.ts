// Serves the built renderer. Unknown paths without a file extension get index.html, so the
// router's deep links survive a reload; nothing outside the static folder is ever read.
import fs from 'node:fs';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export type StaticFile = { file: string; contentType: string };

export function resolveStaticFile(staticDir: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const root = path.resolve(staticDir);
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  const extension = path.extname(candidate);
  const isFile = fs.existsSync(candidate) && fs.statSync(candidate).isFile();
  if (isFile) return { file: candidate, contentType: contentTypes[extension] ?? 'application/octet-stream' };
  if (extension) return null;
  const index = path.join(root, 'index.html');
  return fs.existsSync(index) ? { file: index, contentType: contentTypes['.html']! } : null;
}
