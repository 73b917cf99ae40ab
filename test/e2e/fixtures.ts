// Per-test app fixture: a fresh temporary data folder and a browser-mode server on a free port
// (`node electron/browser/main.ts --port 0 --data-dir <tmp> --no-open`), the page opened at the
// URL the server prints (http://127.0.0.1:PORT/#token=TOKEN), and a helper to call the API
// directly for seeding. The server is stopped and the folder removed after each test.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput, Result } from '../../shared/contract/index.ts';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const nodeBinary = path.join(projectRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
const serverEntry = path.join(projectRoot, 'electron', 'browser', 'main.ts');

export type AppServer = {
  /** The full URL with the token, as printed by the server. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  token: string;
  dataDir: string;
  /** Calls an API method over HTTP, returning the Result envelope. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  /** Like call, but fails the test on an error envelope. */
  callOk<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Sets the user, so the first-run screen is skipped on the next load. */
  seedUser(user?: { name: string; title: string }): Promise<void>;
  /** Loads the app afresh (after seeding) at a route, e.g. '/groups/<id>'. */
  open(route?: string): Promise<void>;
  /**
   * Kills the server with SIGKILL (nothing flushed, no shutdown handler), starts a new one on the
   * same data folder and opens the page at its URL (and at `route`, if given).
   */
  killAndRestart(route?: string): Promise<void>;
};

type Fixtures = {
  /** The running server; the page has already been opened at its URL. */
  app: AppServer;
  /** A database file copied into the fresh data folder before the server starts (e.g. the large data set). */
  initialDatabase: string | undefined;
};

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(nodeBinary, [serverEntry, '--port', '0', '--data-dir', dataDir, '--no-open', '--no-build'], {
    cwd: projectRoot,
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const output = () => `stdout:\n${stdout}\nstderr:\n${stderr}`;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server printed no URL within 30 s.\n${output()}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /https?:\/\/[^\s"'<>]+/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (code ${code}) before printing its URL.\n${output()}`));
    });
  });
  return { child, url, output };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

export const test = base.extend<Fixtures>({
  // auto: every test gets its own server and an opened page, even if it only asks for `page`.
  initialDatabase: [undefined, { option: true }],
  app: [
    async ({ page, initialDatabase }, use, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokollet-e2e-'));
    if (initialDatabase) fs.copyFileSync(initialDatabase, path.join(dataDir, 'protokollet.sqlite'));
    let server = await startServer(dataDir);
    let token = '';
    let origin = '';
    const adopt = () => {
      const parsed = new URL(server.url);
      token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
      origin = parsed.origin;
    };
    adopt();
    const outputs: string[] = [];

    const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> => {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Protokollet-Token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Result<MethodOutput<M>>;
    };
    const callOk = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    const app: AppServer = {
      get url() {
        return server.url;
      },
      get origin() {
        return origin;
      },
      get token() {
        return token;
      },
      dataDir,
      call,
      callOk,
      async seedUser(user = { name: 'Anna Berg', title: 'Nämndsekreterare' }) {
        await callOk('user.set', user);
      },
      async open(route = '/') {
        // Only the fragment differs from the current URL, so goto alone would not reload.
        await page.goto(`${origin}/#${route}`);
        await page.reload();
      },
      async killAndRestart(route) {
        const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
        server.child.kill('SIGKILL');
        await exited;
        outputs.push(server.output());
        server = await startServer(dataDir);
        adopt();
        await page.goto(server.url);
        if (route) await app.open(route);
      },
    };

    try {
      await page.goto(server.url);
      await use(app);
    } finally {
      await stopServer(server.child);
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server-output', { body: [...outputs, server.output()].join('\n---\n') });
      fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  },
    { auto: true },
  ],
});

export { expect };

/** Presses Tab (or Shift+Tab) until the locator's element has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
  const max = options.max ?? 60;
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 })) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reachable with ${max} Tab presses`).toBeFocused({ timeout: 1 });
}

/** Moves to the target with Tab and activates it with Enter. */
export async function tabAndPress(page: Page, target: Locator, options: { backwards?: boolean; key?: string } = {}): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press(options.key ?? 'Enter');
}
