// A real core on a real SQLite file in a fresh temp folder, with a user set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core, type CoreOptions } from '../../electron/core/core.ts';
import type { MethodInput, MethodName, MethodOutput, Result } from '../../shared/contract/index.ts';

export function tempDir(prefix = 'protokollet-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export type TestCore = Core & {
  /** Calls a method and returns its value, failing the test on an error envelope. */
  value<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  result<M extends MethodName>(method: M, input: unknown): Promise<Result<MethodOutput<M>>>;
};

export async function openTestCore(options: Partial<CoreOptions> & { withUser?: boolean } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? tempDir();
  const core = await openCore({ dataDir, ...options });
  const result = async <M extends MethodName>(method: M, input: unknown) => (await core.call(method, input)) as Result<MethodOutput<M>>;
  const value = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const r = await result<M>(method, input);
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  const testCore: TestCore = { ...core, value, result };
  if (options.withUser !== false) await value('user.set', { name: 'Sara Lind', title: 'Nämndsekreterare' });
  return testCore;
}

export function tableCount(core: Core, table: string): number {
  if (!/^[a-z_]+$/.test(table)) throw new Error('bad table name');
  return (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
