import { spawn } from 'node:child_process';
import { BUILT_BIN } from '../cli/helpers/built-cli';

/** How a run of the built tool ended. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built `campaign-operator` (dist/cli/bin.js, built by npm test) in `cwd`, as a user does,
 * without blocking: several runs go at once.
 *
 * @example const { code } = await runCliAsync(['track', 'q3.xlsx', '--json'], dir)
 */
export function runCliAsync(args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_BIN, ...args], { cwd, timeout: 180_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? -1,
        stdout,
        stderr: signal === null ? stderr : `${stderr}(killed by ${signal})`,
      }),
    );
  });
}

/**
 * Maps `items` through `work`, at most `limit` at a time, keeping their order.
 *
 * @example await inPool(files, 2, (f) => runCorpusFile(f))
 */
export async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
