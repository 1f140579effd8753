import { spawn } from 'node:child_process';

/** What a worker reports: named figures (numbers) and notes (text). */
export type WorkerReport = Record<string, number | string | boolean>;

const MARK = '@@bench-result ';

/**
 * Runs a bench worker script in its own Node process (with `--expose-gc`), so each workload's memory
 * is its own, and returns what the worker reported.
 *
 * @example const report = await runWorker('dist/bench/bench/workers/engine-worker.js', { tasks: 1000 });
 */
export function runWorker(
  script: string,
  args: unknown,
  nodeFlags: readonly string[] = [],
): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...nodeFlags, script, JSON.stringify(args)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(MARK));
      if (code !== 0 || line === undefined) {
        reject(new Error(`${script} ${JSON.stringify(args)} failed (exit ${code ?? 'signal'})\n${out}`));
        return;
      }
      resolve(JSON.parse(line.slice(MARK.length)) as WorkerReport);
    });
  });
}

/**
 * The body of a worker script: reads its arguments, runs the measurement, prints the report.
 *
 * @example workerMain<{ tasks: number }>(async (args) => ({ medianMs: measure(args.tasks) }));
 */
export function workerMain<A>(measure: (args: A) => Promise<WorkerReport> | WorkerReport): void {
  const args = JSON.parse(process.argv[2] ?? '{}') as A;
  Promise.resolve(measure(args)).then(
    (report) => process.stdout.write(`${MARK}${JSON.stringify(report)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
