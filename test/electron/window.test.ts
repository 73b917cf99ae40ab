// The window's webPreferences, the CSP and the web-contents guards (Electron is faked).
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[]);

vi.mock('electron', () => {
  class FakeBrowserWindow {
    options: Record<string, unknown>;
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    on = vi.fn();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      created.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow };
});

const { createMainWindow, mainWindowOptions } = await import('../../electron/main/window.ts');
const security = await import('../../electron/main/security.ts');
const { createAppProtocolHandler, resolveAppFile } = await import('../../electron/main/protocol.ts');

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map((tokens) => [tokens[0] as string, tokens.slice(1)]),
  );
}

beforeEach(() => {
  created.length = 0;
});

describe('main window', () => {
  it('runs the renderer isolated and sandboxed, without Node or webviews', () => {
    const prefs = mainWindowOptions('/app/out/electron/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('creates the window with those options and loads the app origin, not file://', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    expect(created).toHaveLength(1);
    const window = created[0]!;
    expect((window.options.webPreferences as Record<string, unknown>).sandbox).toBe(true);
    expect(window.loadURL).toHaveBeenCalledWith('app://protokollet/index.html');
  });
});

describe('Content-Security-Policy', () => {
  const csp = directives(security.contentSecurityPolicy);

  it('allows scripts only from the app itself: no inline scripts, no eval', () => {
    const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
    expect(scriptSrc).toEqual(["'self'"]);
    expect(security.contentSecurityPolicy).not.toContain("'unsafe-eval'");
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('locks down objects, base URIs, framing and forms', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('replaces any CSP header of a response with its own', () => {
    const headers = security.withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [security.contentSecurityPolicy] });
  });
});

describe('navigation guard', () => {
  const openExternal = vi.fn();
  const guard = security.createNavigationGuard(openExternal);
  const navigate = (url: string) => {
    const event = { url, preventDefault: vi.fn() };
    guard(event);
    return event.preventDefault.mock.calls.length > 0;
  };

  beforeEach(() => openExternal.mockClear());

  it('allows the app’s own pages', () => {
    expect(navigate('app://protokollet/index.html')).toBe(false);
    expect(navigate('app://protokollet/index.html#/grupper')).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:41731/',
    'file:///etc/passwd',
    'app://protokollet.evil.example/index.html',
    'app://evil/index.html',
    'app://user@protokollet/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('blocks %s', (url) => {
    expect(navigate(url)).toBe(true);
  });

  it('opens blocked web links in the system browser, but nothing else', () => {
    navigate('https://www.kommun.se/');
    navigate('file:///C:/Windows/system32/calc.exe');
    navigate('smb://server/share');
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.kommun.se/');
  });

  it('also works with the legacy (event, url) listener arguments', () => {
    const event = { preventDefault: vi.fn() };
    guard(event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open handler', () => {
  it('denies every new window; web links go to the system browser', () => {
    const openExternal = vi.fn();
    const handler = security.createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://protokollet/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });
});

describe('installers', () => {
  it('guards every web contents: navigation, redirects, webviews and window.open', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const app = { on: vi.fn((name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener)) };
    security.installWebContentsGuards(app as never, vi.fn());
    const contentsListeners = new Map<string, (...args: unknown[]) => void>();
    const contents = {
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => contentsListeners.set(name, listener)),
      setWindowOpenHandler: vi.fn(),
    };
    listeners.get('web-contents-created')?.({}, contents);
    expect([...contentsListeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    const webview = { preventDefault: vi.fn() };
    contentsListeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const redirect = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contentsListeners.get('will-redirect')?.(redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check, and adds the CSP to responses', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    };
    security.installSessionSecurity(session as never);

    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]![0] as (...args: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(checkHandler({}, 'media', 'app://protokollet', {})).toBe(false);

    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]![0] as (details: unknown, callback: (r: unknown) => void) => void;
    const callback = vi.fn();
    onHeaders({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [security.contentSecurityPolicy] },
    });
  });
});

describe('app:// protocol', () => {
  const root = path.resolve('/app/dist/renderer');
  const inRoot = (...parts: string[]) => path.join(root, ...parts);

  it('maps URLs into the renderer folder and nowhere else', () => {
    expect(resolveAppFile(root, 'app://protokollet/')).toBe(inRoot('index.html'));
    expect(resolveAppFile(root, 'app://protokollet/assets/index-abc.js')).toBe(inRoot('assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://protokollet/../../etc/passwd')).toBe(inRoot('etc', 'passwd'));
    expect(resolveAppFile(root, 'app://protokollet/%2e%2e/%2e%2e/etc/passwd')).toBe(inRoot('etc', 'passwd'));
    expect(resolveAppFile(root, 'app://protokollet/..%5c..%5csecret')).toBeNull();
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'https://protokollet/index.html')).toBeNull();
  });

  it('serves files with the CSP and 404 for anything missing', async () => {
    const files: Record<string, string> = { [inRoot('index.html')]: '<!doctype html>', [inRoot('assets', 'a.js')]: 'x' };
    const readFile = async (file: string) => {
      const content = files[file];
      if (content === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(content) as Uint8Array<ArrayBuffer>;
    };
    const handler = createAppProtocolHandler(root, readFile);

    const page = await handler(new Request('app://protokollet/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toBe(security.contentSecurityPolicy);
    expect(await page.text()).toBe('<!doctype html>');

    const script = await handler(new Request('app://protokollet/assets/a.js'));
    expect(script.headers.get('content-type')).toContain('text/javascript');

    expect((await handler(new Request('app://protokollet/assets/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://protokollet/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
