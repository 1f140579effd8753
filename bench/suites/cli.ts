import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_AS_OF, type EngineWorkload } from '../workloads/engine-input';
import { median } from '../harness/stats';
import { runProcess, type ProcessRun } from '../harness/process-run';
import { type BenchRow, mb, ms, ratio, verdict } from '../harness/table';
import { runWorker } from '../harness/worker';
import type { MakeWorkbook } from '../workers/make-workbook';
import type { BenchContext } from './context';

const LARGE: EngineWorkload = { campaigns: 10, tasks: 1_000, rows: 100_000 };
const SMALL: EngineWorkload = { campaigns: 1, tasks: 50, rows: 1_000 };
const BASE: EngineWorkload = { campaigns: 10, tasks: 1_000, rows: 1_000 };
const UNUSED_ROWS = 150_000;
const RATIO_LIMIT = 0.15;
const RSS_LIMIT_MB = 300;
/**
 * ChannelMetrics rows read, tenfold steps; the largest stays under the CLI's 5,000,000 cells per
 * table (`MAX_CELLS_PER_SOURCE`: 450,000 rows of 10 columns), since a million rows stop the run.
 */
const GROWTH = [4_500, 45_000, 450_000];
const GROWTH_LIMIT = 12;

interface Measured {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
}

function medianRun(runs: readonly ProcessRun[]): Measured {
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
  };
}

const sizeOf = (path: string) => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;

/**
 * `campaign-operator track` end to end (a whole process: start-up, read, engine, write, memory):
 * against the floor — a process in which ExcelJS only loads the same file and writes it back — on
 * the 100k-row workbook and on a small one with a 150,000-row sheet the tool never reads; how its
 * time grows with the ChannelMetrics it does read (4,500 → 45,000 → 450,000 rows); and a million-row Tasks
 * table, which must stop with the limit's message, not crash.
 */
export async function cliSuite(ctx: BenchContext): Promise<BenchRow[]> {
  const runs = ctx.quick ? 1 : 3;
  const dir = join(ctx.scratch, 'cli');
  mkdirSync(dir, { recursive: true });
  const probe = join(ctx.distDir, 'bench/harness/probe-preload.js');
  const floorScript = join(ctx.distDir, 'bench/workers/exceljs-floor.js');
  const maker = join(ctx.distDir, 'bench/workers/make-workbook.js');
  const cli = join(ctx.root, 'dist/cli/bin.js');
  const asOf = new Date(BENCH_AS_OF).toISOString();
  const make = (args: MakeWorkbook) => runWorker(maker, args);
  let n = 0;
  const track = (input: string, expected: readonly number[] = [0]) => {
    n += 1;
    const args = [
      'track',
      input,
      '--as-of',
      asOf,
      '--out',
      join(dir, `out-${n}.xlsx`),
      '--memory',
      join(dir, `memory-${n}`),
    ];
    return runProcess(probe, ctx.scratch, cli, args, dir, expected);
  };
  const floor = (input: string) =>
    runProcess(probe, ctx.scratch, floorScript, [input, join(dir, `floor-${(n += 1)}.xlsx`)], dir);

  ctx.progress('cli: writing the workbooks (ExcelJS writes them, as a spreadsheet program would)');
  const large = join(dir, 'large.xlsx');
  const small = join(dir, 'small.xlsx');
  const unused = join(dir, 'unused.xlsx');
  await make({ kind: 'workload', ...LARGE, path: large });
  await make({ kind: 'workload', ...SMALL, path: small });
  await make({ kind: 'unused', rows: UNUSED_ROWS, base: small, path: unused });

  const rows: BenchRow[] = [];
  const versusFloor = (path: string, label: string) => {
    const floorRuns: ProcessRun[] = [];
    const toolRuns: ProcessRun[] = [];
    // Interleaved, so a change in the machine's load touches both sides alike.
    for (let i = 0; i < runs; i++) {
      ctx.progress(`cli: ${label}, run ${i + 1} of ${runs}`);
      floorRuns.push(floor(path));
      toolRuns.push(track(path));
    }
    const f = medianRun(floorRuns);
    const t = medianRun(toolRuns);
    const workload = `${sizeOf(path)} .xlsx: ${label}`;
    const cpuRatio = t.cpuMs / f.cpuMs;
    rows.push(
      {
        area: 'cli',
        workload,
        figure: `track end to end, median of ${runs} (CPU · wall)`,
        value: `${ms(t.cpuMs)} · ${ms(t.ms)}`,
        target: '—',
        verdict: 'info',
      },
      {
        area: 'cli',
        workload,
        figure: `floor: ExcelJS load + write, median of ${runs} (CPU · wall)`,
        value: `${ms(f.cpuMs)} · ${ms(f.ms)}`,
        target: '—',
        verdict: 'info',
      },
      {
        area: 'cli',
        workload,
        figure: 'track ÷ floor (CPU; wall in brackets)',
        value: `${ratio(cpuRatio)} (${ratio(t.ms / f.ms)})`,
        target: `≤ ${RATIO_LIMIT}×`,
        verdict: verdict(cpuRatio, RATIO_LIMIT),
      },
      {
        area: 'cli',
        workload,
        figure: 'peak RSS: track (floor)',
        value: `${mb(t.peakRssMb)} (${mb(f.peakRssMb)})`,
        target: `≤ ${RSS_LIMIT_MB} MB`,
        verdict: verdict(t.peakRssMb, RSS_LIMIT_MB),
      },
    );
  };
  versusFloor(large, '10 campaigns, 1k tasks, 100k ChannelMetrics rows');
  versusFloor(
    unused,
    `1 campaign, 50 tasks, and a ${UNUSED_ROWS.toLocaleString('en-US')}-row sheet it never reads`,
  );

  ctx.progress('cli: growth with the ChannelMetrics rows read');
  const base = join(dir, 'base.xlsx');
  await make({ kind: 'workload', ...BASE, path: base });
  const sizes = ctx.quick ? GROWTH.slice(0, 2) : GROWTH;
  const growth: Array<{ rows: number; run: Measured }> = [];
  for (const rowsRead of sizes) {
    const path = join(dir, `growth-${rowsRead}.xlsx`);
    await make({ kind: 'large', table: 'channelMetrics', ...BASE, rows: rowsRead, base, path });
    ctx.progress(`cli: growth, ${rowsRead} rows`);
    const run = medianRun(Array.from({ length: runs }, () => track(path)));
    growth.push({ rows: rowsRead, run });
    rows.push({
      area: 'cli',
      workload: `10 campaigns, 1k tasks, ${rowsRead.toLocaleString('en-US')} ChannelMetrics rows (${sizeOf(path)})`,
      figure: `track end to end, median of ${runs} (CPU · wall); peak RSS`,
      value: `${ms(run.cpuMs)} · ${ms(run.ms)}; ${mb(run.peakRssMb)}`,
      target: '—',
      verdict: 'info',
    });
  }
  for (let i = 1; i < growth.length; i++) {
    const [a, b] = [growth[i - 1], growth[i]];
    if (a === undefined || b === undefined) continue;
    const factor = b.run.cpuMs / a.run.cpuMs;
    rows.push({
      area: 'cli',
      workload: `ChannelMetrics ${a.rows.toLocaleString('en-US')} → ${b.rows.toLocaleString('en-US')} rows`,
      figure: 'time growth for 10× the rows read (CPU)',
      value: ratio(factor),
      target: `≤ ${GROWTH_LIMIT}×`,
      verdict: verdict(factor, GROWTH_LIMIT),
    });
  }

  if (!ctx.quick) {
    ctx.progress('cli: a 1,000,000-row Tasks table');
    const path = join(dir, 'tasks-1m.xlsx');
    await make({ kind: 'large', table: 'tasks', ...BASE, tasks: 1_000_000, base, path });
    const run = track(path, [0, 1]);
    const outcome =
      run.status === 0
        ? 'tracked'
        : `stopped: ${
            run.stderr
              .split('\n')[0]
              ?.replace(/^.*?: /, '')
              .slice(0, 60) ?? ''
          }…`;
    rows.push({
      area: 'cli',
      workload: `1,000,000-row Tasks table (${sizeOf(path)})`,
      figure: 'outcome; CPU · wall; peak RSS',
      value: `${outcome}; ${ms(run.cpuMs)} · ${ms(run.ms)}; ${mb(run.peakRssMb)}`,
      target: 'tracks, or stops naming the limit',
      // Either limit the CLI names (cells per table, or a part's expanded size) is a clean stop.
      verdict:
        run.status === 0 || /more than [\d,]+ cells|more than the [\d,]+ MB this tool reads/.test(run.stderr)
          ? 'ok'
          : 'MISSED',
    });
  }
  return rows;
}
