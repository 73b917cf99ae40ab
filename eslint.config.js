// Process boundaries are enforced here, not by convention:
// shared/ is runtime-neutral, renderer/ sees only shared/, electron/ never sees renderer/,
// and only the Electron main and preload entry folders may import 'electron' at runtime.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads'];
const electronImport = { name: 'electron', message: 'Only electron/main and electron/preload may import electron at runtime (it tries to download the binary elsewhere). Use "import type".', allowTypeImports: true };

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electronImport] }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronImport],
        patterns: [
          { group: nodeBuiltins, message: 'shared/ is runtime-neutral: no Node modules.' },
          { group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom', 'better-sqlite3', 'docx'], message: 'shared/ may import only shared/ and pure libraries such as zod.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronImport],
        patterns: [
          { group: nodeBuiltins, message: 'The renderer runs sandboxed: no Node modules.' },
          { group: ['**/electron/**', 'better-sqlite3', 'docx'], message: 'The renderer talks to the core only through the API client; it imports shared/ only.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronImport],
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }],
      }],
    },
  },
  {
    // The two runtime entry points of the Electron adapter.
    files: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }] }],
    },
  },
  {
    files: ['test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
