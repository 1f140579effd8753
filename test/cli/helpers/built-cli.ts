import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const BUILT_BIN = resolve(__dirname, '..', '..', '..', 'dist', 'cli', 'bin.js');

/** Runs the built `campaign-operator` (npm test builds it first) as a separate process. */
export function runBuiltCli(
  args: readonly string[],
  cwd: string,
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BUILT_BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
