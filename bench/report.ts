// The benchmark's table, with the issue's targets beside each figure.
import type { BenchResult } from './measure.ts';

/** p95 targets in ms, and the app-path/raw ratio target (issue 6). */
const targets: Record<string, number> = {
  search_common: 20,
  search_rare: 20,
  search_phrase: 20,
  search_frequent: 50,
  search_prefix: 50,
  register_overdue_by_org: 20,
  register_open_by_owner: 20,
  register_deep_page: 20,
  open_migrate: 100,
  protocol_export_40: 300,
  committee_report_year: 1000,
};
export const ratioTarget = 1.5;

const pad = (text: string, width: number) => text.padStart(width);

export function printTable(report: { rss_mb: number; results: BenchResult[] }, info: { machine: string; seconds: number }): void {
  const lines = [
    `${'name'.padEnd(26)}${pad('p50 ms', 10)}${pad('p95 ms', 10)}${pad('target', 9)}${pad('raw ×', 8)}  ok`,
    ...report.results.map((r) => {
      const target = targets[r.name];
      const ok = (target === undefined || r.p95_ms <= target) && (r.ratio_to_raw === undefined || r.ratio_to_raw <= ratioTarget);
      return `${r.name.padEnd(26)}${pad(r.p50_ms.toFixed(2), 10)}${pad(r.p95_ms.toFixed(2), 10)}${pad(target === undefined ? '–' : `≤${target}`, 9)}${pad(
        r.ratio_to_raw === undefined ? '–' : r.ratio_to_raw.toFixed(2),
        8,
      )}  ${target === undefined && r.ratio_to_raw === undefined ? '' : ok ? 'yes' : 'NO'}`;
    }),
    `peak RSS ${report.rss_mb} MB · ${info.machine} · ${info.seconds.toFixed(0)} s`,
  ];
  console.log(lines.join('\n'));
}
