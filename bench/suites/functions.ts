import { join } from 'node:path';
import { type BenchRow, ms, ratio } from '../harness/table';
import { runWorker } from '../harness/worker';
import type { BenchContext } from './context';

/** `OPS.CPA` over two ranges of 100k cells each, per call, against a bare loop over the same cells. */
export async function functionsSuite(ctx: BenchContext): Promise<BenchRow[]> {
  ctx.progress('functions: OPS.CPA over two 100k-cell ranges');
  const calls = ctx.quick ? 5 : 15;
  const report = await runWorker(join(ctx.distDir, 'bench/workers/functions-worker.js'), {
    cells: 100_000,
    calls,
  });
  const opsMs = Number(report['opsMs']);
  const bareMs = Number(report['bareMs']);
  return [
    {
      area: 'functions',
      workload: 'OPS.CPA(A1:A100000, B1:B100000)',
      figure: `time per call, median of ${calls}`,
      value: ms(opsMs),
      target: '—',
      verdict: 'info',
    },
    {
      area: 'functions',
      workload: 'OPS.CPA(A1:A100000, B1:B100000)',
      figure: 'floor: the two columns summed as doubles (ratio)',
      value: `${bareMs.toFixed(2)} ms (${ratio(opsMs / bareMs)})`,
      target: '—',
      verdict: 'info',
    },
  ];
}
