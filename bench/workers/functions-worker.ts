import * as OPS from '../../functions/functions';
import { installCustomFunctionsStub } from '../../functions/testing/custom-functions-stub';
import { collectGarbage } from '../harness/memory';
import { median, timed } from '../harness/stats';
import { workerMain } from '../harness/worker';
import { seeded } from '../workloads/random';

export interface FunctionsWorkerArgs {
  readonly cells: number;
  readonly calls: number;
}

/** Two ranges as Excel hands them to a custom function: rows of one cell each. */
function ranges(cells: number): { cost: number[][]; conversions: number[][] } {
  const random = seeded(7);
  return {
    cost: Array.from({ length: cells }, () => [random.int(100, 90_000) / 100]),
    conversions: Array.from({ length: cells }, () => [random.int(0, 40)]),
  };
}

/** The floor: the same two columns added up as plain doubles and divided, nothing checked. */
function bareCpa(cost: number[][], conversions: number[][]): number {
  let c = 0;
  let n = 0;
  for (const [v] of cost) c += v ?? 0;
  for (const [v] of conversions) n += v ?? 0;
  return c / n;
}

/** `OPS.CPA` over two ranges of `cells` cells, per call (median), against the bare arithmetic. */
workerMain<FunctionsWorkerArgs>((args) => {
  installCustomFunctionsStub();
  const { cost, conversions } = ranges(args.cells);
  const measure = (call: () => number): { ms: number; value: number } => {
    call();
    const times: number[] = [];
    let value = 0;
    for (let i = 0; i < args.calls; i++) {
      collectGarbage();
      const t = timed(call);
      times.push(t.ms);
      value = t.value;
    }
    return { ms: median(times), value };
  };
  const ops = measure(() => OPS.CPA(cost, conversions));
  const bare = measure(() => bareCpa(cost, conversions));
  if (typeof ops.value !== 'number' || Math.abs(ops.value - bare.value) > 1e-6 * bare.value)
    throw new Error(`OPS.CPA gave ${String(ops.value)}, the bare sum ${bare.value}`);
  return { opsMs: ops.ms, bareMs: bare.ms, cpa: ops.value };
});
