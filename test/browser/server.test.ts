// The browser-mode bridge: loopback only, Host/Origin checks on every request, a token on every API call.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../electron/browser/server.ts';
import { openTestCore, tempDir, type TestCore } from '../helpers/core.ts';

let core: TestCore;
let server: BrowserServer;
const token = 'test-token-0123456789';
const staticDir = tempDir('protokollet-static-');

beforeAll(async () => {
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Protokollet</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'protokollet-secret.txt'), 'hemligt');
  core = await openTestCore();
  server = await startBrowserServer({ call: core.call, staticDir, token, port: 0 });
});
afterAll(async () => {
  await server.close();
  core.close();
});

type Response = { status: number; body: string; headers: http.IncomingHttpHeaders };
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
const api = (method: string, body: unknown, headers: Record<string, string> = { 'X-Protokollet-Token': token }) =>
  request({ path: `/api/${method}`, method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('browser-mode bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves the page and static files without a token, with a strict CSP', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Protokollet</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval/);
    expect((await request({ path: '/assets/app.js' })).headers['content-type']).toContain('javascript');
    expect((await request({ path: '/grupper/123' })).body).toContain('<title>Protokollet</title>'); // deep link
  });

  it('never serves files outside the static folder', async () => {
    expect((await request({ path: '/../protokollet-secret.txt' })).status).toBe(404);
    expect((await request({ path: '/%2e%2e/protokollet-secret.txt' })).status).toBe(404);
    expect((await request({ path: '/assets/missing.js' })).status).toBe(404);
  });

  it('answers API calls that carry the token', async () => {
    const res = await api('organisations.create', { name: 'Socialförvaltningen', kind: 'administration' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Socialförvaltningen' } });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses API calls without the token or with a wrong one (401) and changes nothing', async () => {
    const before = JSON.parse((await api('organisations.list', {})).body).value.length;
    const badHeaders: Record<string, string>[] = [{}, { 'X-Protokollet-Token': 'wrong' }, { 'X-Protokollet-Token': `${token}x` }];
    for (const headers of badHeaders) {
      const res = await api('organisations.create', { name: `Polisen ${Math.random()}`, kind: 'police' }, headers);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(JSON.parse((await api('organisations.list', {})).body).value.length).toBe(before);
  });

  it('refuses any request with a foreign Host header (403), static files included', async () => {
    for (const host of ['evil.example:80', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      expect((await request({ path: '/', headers: { Host: host } })).status).toBe(403);
      expect((await api('organisations.list', {}, { 'X-Protokollet-Token': token, Host: host })).status).toBe(403);
    }
    expect((await request({ path: '/', headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses a foreign Origin (403) but accepts its own or none', async () => {
    const withOrigin = (origin: string) => api('organisations.list', {}, { 'X-Protokollet-Token': token, Origin: origin });
    expect((await withOrigin('https://evil.example')).status).toBe(403);
    expect((await withOrigin('null')).status).toBe(403);
    expect((await withOrigin(`http://127.0.0.1:${server.port}`)).status).toBe(200);
    expect((await withOrigin(`http://localhost:${server.port}`)).status).toBe(200);
  });

  it('answers bad JSON with a validation error and unknown methods with 404', async () => {
    const bad = await request({ path: '/api/organisations.list', method: 'POST', headers: { 'X-Protokollet-Token': token }, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await api('nothing.here', {})).status).toBe(404);
    expect((await request({ path: '/api/organisations.list' })).status).toBe(405);
  });
});

describe('browser-mode entry', () => {
  const nodeBin = path.resolve('node_modules/.bin/node');
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(nodeBin, ['electron/browser/main.ts', ...args], { env: { ...process.env, CI: '1', ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => {
        stdout += c;
        if (stdout.includes('\n')) child.kill('SIGTERM');
      });
      child.stderr.on('data', (c) => (stderr += c));
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });

  it('prints one line with the URL and its token', async () => {
    const { stdout } = await run(['--port', '0', '--data-dir', tempDir(), '--no-open', '--no-build']);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/^Protokollet körs i webbläsarläge: http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{40,}\n$/);
  });

  it('says clearly when the port is busy', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const { code, stderr } = await run(['--port', String(port), '--data-dir', tempDir(), '--no-open', '--no-build']);
    blocker.close();
    expect(code).toBe(1);
    expect(stderr).toContain(`Porten ${port} används redan`);
  });
});
