// Builds the renderer (React UI) into dist/renderer. base './' keeps asset URLs relative,
// so the same build works when Electron loads it from file:// and when the browser-mode
// server serves it from http://127.0.0.1:PORT/.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    // No inline scripts: the strict CSP (script-src 'self') forbids them.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // Pages are chunks of their own (AppRoutes); the meeting workspace, with the rich text editor, is the largest.
    chunkSizeWarningLimit: 700,
  },
});
