// Builds the Electron main process (electron/main/main.ts, with the core) into one CommonJS file,
// out/electron/main.cjs. Only electron, better-sqlite3 (a native module) and Node's builtins stay
// external; everything else (zod, the contract, the core) is bundled. Independent of vite.config.ts
// (the renderer build); used via `vite build -c vite.electron.config.ts`.
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

export const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  envDir: false,
  clearScreen: false,
  ssr: {
    target: 'node',
    noExternal: true,
    external: ['electron', 'better-sqlite3'],
  },
  build: {
    ssr: 'electron/main/main.ts',
    outDir: 'out/electron',
    // The preload build writes into the same folder; both overwrite only their own file.
    emptyOutDir: false,
    target: 'node22',
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      external: ['electron', 'better-sqlite3', /^node:/, ...nodeBuiltins],
      output: {
        format: 'cjs',
        entryFileNames: 'main.cjs',
        codeSplitting: false,
      },
    },
  },
});
