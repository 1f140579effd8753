import { join } from 'node:path';
import { type BenchRow, count, mb, ms, ratio, verdict } from '../harness/table';
import { runWorker, type WorkerReport } from '../harness/worker';
import type { BenchContext } from './context';

const TASKS = [1_000, 10_000, 100_000];
const ROWS = [10_000, 100_000, 1_000_000];
const CAMPAIGNS = 10;
/** The target: 10k tasks and 1M ChannelMetrics rows under 2 s. */
const TARGET = { tasks: 10_000, rows: 1_000_000, ms: 2_000 };
/** 10× the rows (or tasks) may cost at most 12× the time. */
const GROWTH_LIMIT = 12;

const short = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1_000}k`);
const name = (tasks: number, rows: number): string => `${short(tasks)} tasks · ${short(rows)} rows`;
const num = (report: WorkerReport, key: string): number => Number(report[key]);

/**
 * `track()` over generated campaigns: time (median of warm runs, and the first run) and peak memory
 * for each size, then how time grows when rows or tasks grow tenfold.
 */
export async function engineSuite(ctx: BenchContext): Promise<BenchRow[]> {
  const tasks = ctx.quick ? TASKS.slice(0, 2) : TASKS;
  const rows = ctx.quick ? [100_000, 1_000_000] : ROWS;
  const runs = ctx.quick ? 3 : 5;
  const script = join(ctx.distDir, 'bench/workers/engine-worker.js');
  const results = new Map<string, WorkerReport>();
  const out: BenchRow[] = [];
  for (const t of tasks) {
    for (const r of rows) {
      ctx.progress(`engine: ${name(t, r)}`);
      const report = await runWorker(script, { campaigns: CAMPAIGNS, tasks: t, rows: r, runs });
      results.set(name(t, r), report);
      const cpu = num(report, 'medianCpuMs');
      const isTarget = t === TARGET.tasks && r === TARGET.rows;
      const workload = name(t, r);
      out.push(
        {
          area: 'engine',
          workload,
          figure: `time, median of ${runs} warm runs (CPU · wall)`,
          value: `${ms(cpu)} · ${ms(num(report, 'medianMs'))}`,
          target: isTarget ? '< 2 s' : '—',
          verdict: isTarget ? verdict(cpu, TARGET.ms) : 'info',
        },
        {
          area: 'engine',
          workload,
          figure: 'first run in a fresh process (CPU · wall)',
          value: `${ms(num(report, 'coldCpuMs'))} · ${ms(num(report, 'coldMs'))}`,
          target: '—',
          verdict: 'info',
        },
        {
          area: 'engine',
          workload,
          figure: 'peak RSS during the first run (input alone)',
          value: `${mb(num(report, 'peakRssMb'))} (${mb(num(report, 'inputRssMb'))})`,
          target: '—',
          verdict: `${count(num(report, 'campaigns'))} campaigns`,
        },
      );
    }
  }
  return [...out, ...growthRows(tasks, rows, results)];
}

function growthRows(tasks: number[], rows: number[], results: ReadonlyMap<string, WorkerReport>): BenchRow[] {
  const cpuOf = (t: number, r: number): number => num(results.get(name(t, r)) ?? {}, 'medianCpuMs');
  const row = (workload: string, from: number, to: number): BenchRow => ({
    area: 'engine',
    workload,
    figure: 'time growth for 10× the input (CPU)',
    value: ratio(to / from),
    target: `≤ ${GROWTH_LIMIT}×`,
    verdict: verdict(to / from, GROWTH_LIMIT),
  });
  const out: BenchRow[] = [];
  for (const t of tasks)
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1] ?? 0, rows[i] ?? 0];
      out.push(row(`${short(t)} tasks: ${short(a)} → ${short(b)} rows`, cpuOf(t, a), cpuOf(t, b)));
    }
  for (const r of rows)
    for (let i = 1; i < tasks.length; i++) {
      const [a, b] = [tasks[i - 1] ?? 0, tasks[i] ?? 0];
      out.push(row(`${short(r)} rows: ${short(a)} → ${short(b)} tasks`, cpuOf(a, r), cpuOf(b, r)));
    }
  return out;
}
