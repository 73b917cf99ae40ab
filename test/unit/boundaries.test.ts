// The process boundaries are lint rules; this proves the rules bite where they should.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('process boundaries (eslint.config.js)', () => {
  it.each([
    ['shared/domain/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['shared/domain/x.ts', "import { openCore } from '../../electron/core/core.ts';\nexport const a = openCore;"],
    ['shared/domain/x.ts', "import React from 'react';\nexport const a = React;"],
    ['shared/domain/x.ts', 'export const a = window.location;'],
    ['renderer/src/x.ts', "import { openCore } from '../../electron/core/core.ts';\nexport const a = openCore;"],
    ['renderer/src/x.ts', "import path from 'node:path';\nexport const a = path;"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;"],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/browser/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/cli/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/core/x.ts', "import { App } from '../../renderer/src/app/App.tsx';\nexport const a = App;"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).not.toHaveLength(0);
  });

  it.each([
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nexport const a = contextBridge;"],
    ['electron/core/x.ts', "import type { App } from 'electron';\nexport type A = App;"],
    ['renderer/src/x.ts', "import { api } from '../../shared/contract/methods.ts';\nexport const a = api;"],
    ['shared/domain/x.ts', "import { z } from 'zod';\nexport const a = z;"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toEqual([]);
  });
});
