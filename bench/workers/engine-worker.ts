import { track, type TrackOptions } from '../../src/engine';
import { collectGarbage, peakRssMb, resetPeak, rssMb } from '../harness/memory';
import { median, timed } from '../harness/stats';
import { workerMain } from '../harness/worker';
import { BENCH_AS_OF, engineInput, type EngineWorkload } from '../workloads/engine-input';

export interface EngineWorkerArgs extends EngineWorkload {
  readonly runs: number;
}

function options(): TrackOptions {
  let n = 0;
  return {
    asOf: BENCH_AS_OF,
    runId: 'bench',
    newId: () => `00000000-0000-4000-8000-${(n++).toString(16).padStart(12, '0')}`,
  };
}

/** `track()` on a generated input: the first (cold) run's time and peak memory, then the median of warm runs. */
workerMain<EngineWorkerArgs>((args) => {
  const input = engineInput(args);
  collectGarbage();
  const inputRssMb = rssMb();
  const { windowed } = resetPeak();
  const cold = timed(() => track(input, options()));
  const peak = peakRssMb();
  if (!cold.value.ok) throw new Error(`the workload was refused: ${JSON.stringify(cold.value.issues[0])}`);
  const changes = cold.value.result.taskChanges.length;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < args.runs; i++) {
    collectGarbage();
    const run = timed(() => track(input, options()));
    times.push(run.ms);
    cpuTimes.push(run.cpuMs);
  }
  return {
    coldMs: cold.ms,
    coldCpuMs: cold.cpuMs,
    medianMs: median(times),
    medianCpuMs: median(cpuTimes),
    inputRssMb,
    peakRssMb: peak,
    peakWindowed: windowed,
    campaigns: cold.value.result.campaigns.length,
    taskChanges: changes,
  };
});
