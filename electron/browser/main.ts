// Entry of browser mode: `npm start -- --browser` (or the fallback when Electron is missing).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { browserModeText as text } from '../../shared/i18n/sv/browserMode.ts';
import { openCore } from '../core/core.ts';
import { checkDataDir, defaultDataDir, ensureDataDir, resolveUserPath } from '../core/dataDir.ts';
import { openInBrowser } from './openBrowser.ts';
import { buildRenderer, rendererNeedsBuild } from './rendererBuild.ts';
import { startBrowserServer } from './server.ts';

export const defaultPort = 41731;
const projectRoot = path.resolve(import.meta.dirname, '..', '..');

function fail(message: string, exitCode = 1): never {
  console.error(message);
  process.exit(exitCode);
}

export async function runBrowserMode(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      // for test runs that build the renderer once beforehand: never rebuild under a running suite
      'no-build': { type: 'boolean', default: false },
      browser: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(text.usage);
    return;
  }
  const port = values.port === undefined ? defaultPort : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(text.invalidPort, 2);

  const dataDir = values['data-dir'] ? resolveUserPath(values['data-dir']) : defaultDataDir();
  const check = checkDataDir(dataDir);
  if (!check.ok) fail(check.reason);
  ensureDataDir(dataDir);

  if (!values['no-build'] && rendererNeedsBuild(projectRoot)) {
    console.error(text.buildingRenderer);
    if (!buildRenderer(projectRoot)) fail(text.buildFailed);
  }

  const core = await openCore({ dataDir });
  const token = randomBytes(32).toString('base64url');
  const server = await startBrowserServer({ call: core.call, staticDir: path.join(projectRoot, 'dist', 'renderer'), token, port }).catch(
    (error: NodeJS.ErrnoException) => {
      core.close();
      if (error.code === 'EADDRINUSE') fail(text.portBusy(port));
      throw error;
    },
  );
  const url = `${server.url}#token=${token}`;
  console.log(text.running(url));
  if (!values['no-open'] && !process.env.CI) openInBrowser(url);

  const shutdown = () => {
    void server.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (import.meta.main) {
  runBrowserMode(process.argv.slice(2)).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
}
