import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_AS_OF } from '../workloads/engine-input';
import { median } from '../harness/stats';
import { runProcess, type ProcessRun } from '../harness/process-run';
import { type BenchRow, mb, ms, ratio, verdict } from '../harness/table';
import { runWorker } from '../harness/worker';
import type { BenchContext } from './context';

const WORKLOAD = { campaigns: 10, tasks: 1_000, rows: 100_000 };
const RATIO_LIMIT = 1.5;

function medianRun(runs: readonly ProcessRun[]): { ms: number; cpuMs: number; peakRssMb: number } {
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
}

/**
 * `campaign-operator track` end to end (a whole process: start-up, read, engine, write, memory) on
 * a workbook with 100k ChannelMetrics rows, against the floor: a process in which ExcelJS only
 * loads the same file and writes it back.
 */
export async function cliSuite(ctx: BenchContext): Promise<BenchRow[]> {
  const runs = ctx.quick ? 1 : 3;
  const dir = join(ctx.scratch, 'cli');
  mkdirSync(dir, { recursive: true });
  const input = join(dir, 'bench.xlsx');
  ctx.progress('cli: writing a workbook with 100k ChannelMetrics rows');
  await runWorker(join(ctx.distDir, 'bench/workers/make-workbook.js'), { ...WORKLOAD, path: input });
  const probe = join(ctx.distDir, 'bench/harness/probe-preload.js');
  const floorScript = join(ctx.distDir, 'bench/workers/exceljs-floor.js');
  const cli = join(ctx.root, 'dist/cli/bin.js');
  const asOf = new Date(BENCH_AS_OF).toISOString();

  const floorRuns: ProcessRun[] = [];
  const cliRuns: ProcessRun[] = [];
  // Interleaved, so a change in the machine's load touches both sides alike.
  for (let i = 0; i < runs; i++) {
    ctx.progress(`cli: run ${i + 1} of ${runs}`);
    floorRuns.push(runProcess(probe, ctx.scratch, floorScript, [input, join(dir, `floor-${i}.xlsx`)], dir));
    const args = ['track', input, '--as-of', asOf, '--out', join(dir, `out-${i}.xlsx`)];
    cliRuns.push(runProcess(probe, ctx.scratch, cli, [...args, '--memory', join(dir, `memory-${i}`)], dir));
  }
  const floor = medianRun(floorRuns);
  const tool = medianRun(cliRuns);
  const workload = `${(statSync(input).size / 1024 / 1024).toFixed(1)} MB .xlsx: 10 campaigns, 1k tasks, 100k rows`;
  const cpuRatio = tool.cpuMs / floor.cpuMs;
  return [
    {
      area: 'cli',
      workload,
      figure: `track end to end, median of ${runs} (CPU · wall)`,
      value: `${ms(tool.cpuMs)} · ${ms(tool.ms)}`,
      target: '—',
      verdict: 'info',
    },
    {
      area: 'cli',
      workload,
      figure: `floor: ExcelJS load + write, median of ${runs} (CPU · wall)`,
      value: `${ms(floor.cpuMs)} · ${ms(floor.ms)}`,
      target: '—',
      verdict: 'info',
    },
    {
      area: 'cli',
      workload,
      figure: 'track ÷ floor (CPU; wall in brackets)',
      value: `${ratio(cpuRatio)} (${ratio(tool.ms / floor.ms)})`,
      target: `≤ ${RATIO_LIMIT}×`,
      verdict: verdict(cpuRatio, RATIO_LIMIT),
    },
    {
      area: 'cli',
      workload,
      figure: 'peak RSS: track (floor)',
      value: `${mb(tool.peakRssMb)} (${mb(floor.peakRssMb)})`,
      target: '—',
      verdict: 'info',
    },
  ];
}
