import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** One run of a whole Node process: wall time from the outside, CPU time and peak RSS from inside. */
export interface ProcessRun {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

/**
 * Runs `node <script> <args>` to completion with the probe preloaded (probe-preload.ts), so the
 * figures cover everything the process does, start-up included.
 *
 * @example const run = runProcess(ctx, 'dist/cli/bin.js', ['track', 'plan.xlsx']);
 */
export function runProcess(
  probeScript: string,
  scratch: string,
  script: string,
  args: readonly string[],
  cwd: string,
  /** Exit codes that are results, not failures of the bench (a run that stops on purpose). */
  expectedStatuses: readonly number[] = [0],
): ProcessRun {
  const probeFile = join(scratch, `probe-${process.pid}-${Date.now()}.json`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', probeScript, script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, BENCH_PROBE_FILE: probeFile },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === null || !expectedStatuses.includes(result.status)) {
    throw new Error(`${script} ${args.join(' ')} exited ${result.status ?? result.signal}\n${result.stderr}`);
  }
  const probe = JSON.parse(readFileSync(probeFile, 'utf8')) as { cpuMs: number; peakRssMb: number };
  rmSync(probeFile, { force: true });
  return {
    ms,
    cpuMs: probe.cpuMs,
    peakRssMb: probe.peakRssMb,
    stdout: result.stdout,
    stderr: result.stderr,
    status: result.status,
  };
}
