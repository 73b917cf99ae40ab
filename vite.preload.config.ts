// Builds the preload script into one self-contained CommonJS file, out/electron/preload.cjs.
// A sandboxed preload may require only 'electron' (and a few polyfilled builtins), so everything
// else, including the contract's method list, is bundled. Used via `vite build -c vite.preload.config.ts`.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  envDir: false,
  clearScreen: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'out/electron',
    // The main build writes into the same folder; both overwrite only their own file.
    emptyOutDir: false,
    target: 'chrome140',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: {
      entry: 'electron/preload/preload.ts',
      formats: ['cjs'],
      fileName: () => 'preload.cjs',
    },
    rolldownOptions: {
      external: ['electron'],
      output: { codeSplitting: false },
    },
  },
});
