import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess, type ProcessRun } from '../harness/process-run';
import { median } from '../harness/stats';
import { type BenchRow, count, mb, ms, ratio, verdict } from '../harness/table';
import { runWorker, type WorkerReport } from '../harness/worker';
import { writeGoogleAdsExport } from '../workloads/ad-export';
import type { BenchContext } from './context';

const ROWS = 200_000;
const RATIO_LIMIT = 2;
/** Export lengths of the CLI import end to end, to show how time and memory grow with them. */
const CLI_LENGTHS = [50_000, 100_000, 200_000];

/**
 * `campaign-operator import` end to end — a whole process: start-up, reading the export, reading
 * the workbook, the review, writing it in place — into a fresh copy of the sample workbook, for
 * exports of several lengths with one row per ad campaign and day. Time and peak RSS of each, and
 * how they grow from the shortest to the longest.
 */
async function cliImportRows(ctx: BenchContext, runs: number): Promise<BenchRow[]> {
  const dir = join(ctx.scratch, 'cli-import');
  mkdirSync(dir, { recursive: true });
  const cli = join(ctx.root, 'dist/cli/bin.js');
  const probe = join(ctx.distDir, 'bench/harness/probe-preload.js');
  const workbook = join(dir, 'sample.xlsx');
  runProcess(probe, ctx.scratch, cli, ['init', workbook, '--sample'], dir);
  const lengths = ctx.quick ? [10_000, 20_000] : CLI_LENGTHS;
  const figures: Array<{ rows: number; cpuMs: number; ms: number; peakRssMb: number }> = [];
  const out: BenchRow[] = [];
  const workloadOf = (rows: number) =>
    `CLI import of a Google Ads TSV, ${count(rows)} rows (one per ad campaign and day), into the sample workbook`;
  const figure = `end to end, write included, median of ${runs} (CPU · wall) · peak RSS`;
  for (const rows of lengths) {
    const exportPath = join(dir, `google-ads-${rows}.tsv`);
    ctx.progress(`imports: CLI import end to end, ${rows} rows`);
    await writeGoogleAdsExport(exportPath, rows);
    const done: ProcessRun[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const into = join(dir, `into-${rows}-${i}.xlsx`);
        copyFileSync(workbook, into);
        const args = ['import', exportPath, '--into', into, '--campaign', 'CMP-001'];
        done.push(runProcess(probe, ctx.scratch, cli, args, dir));
      }
    } catch (e) {
      // A failed import is a figure too: the table says so and the other lengths still run.
      const why = (e instanceof Error ? e.message : String(e)).split('\n')[1] ?? 'failed';
      out.push({
        area: 'imports',
        workload: workloadOf(rows),
        figure,
        value: why,
        target: '—',
        verdict: 'FAILED',
      });
      continue;
    }
    const f = {
      rows,
      cpuMs: median(done.map((r) => r.cpuMs)),
      ms: median(done.map((r) => r.ms)),
      peakRssMb: Math.max(...done.map((r) => r.peakRssMb)),
    };
    figures.push(f);
    out.push({
      area: 'imports',
      workload: workloadOf(rows),
      figure,
      value: `${ms(f.cpuMs)} · ${ms(f.ms)} · ${mb(f.peakRssMb)}`,
      target: '—',
      verdict: 'info',
    });
  }
  const [first, last] = [figures[0], figures[figures.length - 1]];
  if (first !== undefined && last !== undefined && last !== first) {
    out.push({
      area: 'imports',
      workload: `CLI import, ${count(first.rows)} → ${count(last.rows)} rows (${ratio(last.rows / first.rows)} the rows)`,
      figure: 'growth: CPU time · peak RSS',
      value: `${ratio(last.cpuMs / first.cpuMs)} · ${ratio(last.peakRssMb / first.peakRssMb)}`,
      target: '—',
      verdict: 'info',
    });
  }
  return out;
}

/**
 * Importing a 200,000-row Google Ads export (the imports layer, streamed) against the floor: the
 * same file decoded and cut into cells by a quote-aware reader. Each run in a fresh process; peak RSS of the import.
 * Then the CLI import end to end at several lengths (`cliImportRows`).
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
  const cliRows = await cliImportRows(ctx, runs);
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
    ...cliRows,
  ];
}
