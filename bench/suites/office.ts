import { join } from 'node:path';
import { type BenchRow, count, ms } from '../harness/table';
import { runWorker, type WorkerReport } from '../harness/worker';
import type { BenchContext } from './context';

const LIMIT = 5 * 1024 * 1024;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const bytesAndMb = (bytes: number): string => `${count(bytes)} B (${mib(bytes)})`;

/** Syncs of an ordinary run: inventory, read, one apply batch, the recalculation after it. */
const ORDINARY_SYNCS = 4;

/**
 * Office.js round trips of a whole track (inventory, read, apply, recalculate) through the Office
 * host on the in-memory Excel: syncs at 10 and 10,000 tasks, and the largest request; then a run
 * whose writes exceed one 5 MB request, to show the chunking.
 */
export async function officeSuite(ctx: BenchContext): Promise<BenchRow[]> {
  const script = join(ctx.distDir, 'bench/workers/office-worker.js');
  const workloads = [
    { tasks: 10, everyState: false, name: '10 tasks (the sample campaign)' },
    { tasks: 10_000, everyState: false, name: '10,000 tasks' },
    { tasks: 10_000, everyState: true, name: '10,000 tasks, a quarter completed, a quarter blocked' },
  ];
  const reports: WorkerReport[] = [];
  for (const w of workloads) {
    ctx.progress(`office: ${w.name}`);
    reports.push(await runWorker(script, { tasks: w.tasks, everyState: w.everyState }));
  }
  const syncs = reports.map((r) => Number(r['syncs']));
  return workloads.flatMap((w, i): BenchRow[] => {
    const r = reports[i] ?? {};
    const n = syncs[i] ?? 0;
    const largest = Number(r['largestRequest']);
    const chunked = w.everyState;
    const syncTarget = chunked
      ? `> ${ORDINARY_SYNCS} (chunked), none failed`
      : `≤ ${ORDINARY_SYNCS}, same at 10 and 10,000`;
    const syncOk = chunked
      ? n > ORDINARY_SYNCS && r['failedSyncs'] === 0
      : n <= ORDINARY_SYNCS && n === syncs[0];
    return [
      {
        area: 'office',
        workload: w.name,
        figure: 'syncs for a whole run (inventory, read, apply, recalculate)',
        value: count(n),
        target: syncTarget,
        verdict: syncOk ? 'ok' : 'MISSED',
      },
      {
        area: 'office',
        workload: w.name,
        figure: 'largest request in bytes; largest response',
        value: `${bytesAndMb(largest)}; ${mib(Number(r['largestResponse']))}`,
        target: '< 5 MB',
        verdict: largest < LIMIT ? 'ok' : 'MISSED',
      },
      {
        area: 'office',
        workload: w.name,
        figure: 'time on the in-memory Excel (CPU · wall)',
        value: `${ms(Number(r['cpuMs']))} · ${ms(Number(r['ms']))}`,
        target: '—',
        verdict: 'info',
      },
    ];
  });
}
