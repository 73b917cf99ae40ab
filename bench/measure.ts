// Timing: run a case a few times to warm caches, then collect wall-clock samples and report the
// 50th and 95th percentiles in milliseconds (nearest-rank).
export type Samples = number[];

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export type Runs = { warmup: number; runs: number };

export async function sample(fn: () => unknown, { warmup, runs }: Runs): Promise<Samples> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: Samples = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

export type BenchResult = { name: string; p50_ms: number; p95_ms: number; ratio_to_raw?: number };

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function summarise(name: string, samples: Samples, raw?: Samples): BenchResult {
  const p50 = percentile(samples, 50);
  const result: BenchResult = { name, p50_ms: round(p50), p95_ms: round(percentile(samples, 95)) };
  if (raw) result.ratio_to_raw = Math.round((p50 / percentile(raw, 50)) * 100) / 100;
  return result;
}

/**
 * Interleaves the app path and the raw statement, so drift (caches, CPU frequency) hits both
 * alike, and swaps which goes first each round: the second of a pair finds the pages the first
 * read still in SQLite's page cache.
 */
export async function samplePair(app: () => unknown, raw: () => unknown, { warmup, runs }: Runs): Promise<{ app: Samples; raw: Samples }> {
  for (let i = 0; i < warmup; i += 1) {
    await app();
    await raw();
  }
  const out = { app: [] as Samples, raw: [] as Samples };
  for (let i = 0; i < runs; i += 1) {
    const appFirst = i % 2 === 0;
    if (appFirst) out.app.push(...(await sample(app, { warmup: 0, runs: 1 })));
    out.raw.push(...(await sample(raw, { warmup: 0, runs: 1 })));
    if (!appFirst) out.app.push(...(await sample(app, { warmup: 0, runs: 1 })));
  }
  return out;
}
