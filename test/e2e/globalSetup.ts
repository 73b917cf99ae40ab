// Builds dist/renderer once, before any worker starts a server, when it is missing or older
// than its sources. (Each server would otherwise build it on its own, concurrently.)
import path from 'node:path';
import { buildRenderer, rendererNeedsBuild } from '../../electron/browser/rendererBuild.ts';

export default function globalSetup(): void {
  const projectRoot = path.resolve(import.meta.dirname, '..', '..');
  if (rendererNeedsBuild(projectRoot) && !buildRenderer(projectRoot)) {
    throw new Error('The renderer build failed (npm run build:renderer).');
  }
}
