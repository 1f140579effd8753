import { statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../harness/stats';
import { type BenchRow, count, mb, ms, ratio, verdict } from '../harness/table';
import { runWorker, type WorkerReport } from '../harness/worker';
import { writeGoogleAdsExport } from '../workloads/ad-export';
import type { BenchContext } from './context';

const ROWS = 200_000;
const RATIO_LIMIT = 2;

/**
 * Importing a 200,000-row Google Ads export (the imports layer, streamed) against the floor: the
 * same file decoded and cut into cells by a quote-aware reader. Each run in a fresh process; peak RSS of the import.
 */
export async function importsSuite(ctx: BenchContext): Promise<BenchRow[]> {
  const path = join(ctx.scratch, 'google-ads-export.tsv');
  ctx.progress('imports: writing a 200,000-row Google Ads export');
  await writeGoogleAdsExport(path, ROWS);
  const script = join(ctx.distDir, 'bench/workers/import-worker.js');
  const runs = ctx.quick ? 1 : 3;
  const imports: WorkerReport[] = [];
  const floors: WorkerReport[] = [];
  for (let i = 0; i < runs; i++) {
    ctx.progress(`imports: run ${i + 1} of ${runs}`);
    floors.push(await runWorker(script, { path, mode: 'floor' }));
    imports.push(await runWorker(script, { path, mode: 'import' }));
  }
  const med = (reports: WorkerReport[], key: string) => median(reports.map((r) => Number(r[key])));
  const [importCpu, floorCpu] = [med(imports, 'cpuMs'), med(floors, 'cpuMs')];
  const rowsRead = Number(imports[0]?.['count']);
  const workload = `Google Ads TSV, UTF-16, ${(statSync(path).size / 1024 / 1024).toFixed(0)} MB, ${count(rowsRead)} rows`;
  return [
    {
      area: 'imports',
      workload,
      figure: `import, median of ${runs} (CPU · wall)`,
      value: `${ms(importCpu)} · ${ms(med(imports, 'ms'))}`,
      target: '—',
      verdict: 'info',
    },
    {
      area: 'imports',
      workload,
      figure: `floor: bare parse (decode, quote-aware split into cells), median of ${runs} (CPU · wall)`,
      value: `${ms(floorCpu)} · ${ms(med(floors, 'ms'))}`,
      target: '—',
      verdict: 'info',
    },
    {
      area: 'imports',
      workload,
      figure: 'import ÷ floor (CPU)',
      value: ratio(importCpu / floorCpu),
      target: `≤ ${RATIO_LIMIT}×`,
      verdict: verdict(importCpu / floorCpu, RATIO_LIMIT),
    },
    {
      area: 'imports',
      workload,
      figure: 'peak RSS of the import (before it started)',
      value: `${mb(Math.max(...imports.map((r) => Number(r['peakRssMb']))))} (${mb(med(imports, 'rssBeforeMb'))})`,
      target: '—',
      verdict: `floor ${mb(Math.max(...floors.map((r) => Number(r['peakRssMb']))))}`,
    },
  ];
}
