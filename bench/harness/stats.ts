/** The median of some measurements (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** One measured call: wall-clock milliseconds and the CPU milliseconds this process used (all threads). */
export interface Timing<T> {
  readonly ms: number;
  readonly cpuMs: number;
  readonly value: T;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Times a call with the monotonic clock and the process's CPU time. */
export function timed<T>(run: () => T): Timing<T> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: cpuMsSince(cpu), value };
}

/** Same, for a promise. */
export async function timedAsync<T>(run: () => Promise<T>): Promise<Timing<T>> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: cpuMsSince(cpu), value };
}
