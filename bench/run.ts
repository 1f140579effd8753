import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadLine, machineLine } from './harness/machine';
import { type BenchRow, renderTable } from './harness/table';
import { bundlesSuite } from './suites/bundles';
import { cliSuite } from './suites/cli';
import type { BenchContext } from './suites/context';
import { engineSuite } from './suites/engine';
import { functionsSuite } from './suites/functions';
import { importsSuite } from './suites/imports';
import { officeSuite } from './suites/office';

type Suite = (ctx: BenchContext) => Promise<BenchRow[]>;

const SUITES: ReadonlyArray<readonly [string, Suite]> = [
  ['engine', engineSuite],
  ['office', officeSuite],
  ['cli', cliSuite],
  ['imports', importsSuite],
  ['bundles', bundlesSuite],
  ['functions', functionsSuite],
];

/**
 * `npm run bench [-- --quick] [-- --only engine,cli]`: builds what it measures, runs every suite and
 * prints one table (stdout); progress goes to stderr.
 */
async function main(argv: readonly string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const onlyArg = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const only = onlyArg === undefined ? null : new Set(onlyArg.split(','));
  const root = resolve(__dirname, '..', '..', '..');
  const scratch = mkdtempSync(join(tmpdir(), 'co-bench-'));
  const ctx: BenchContext = {
    quick,
    root,
    distDir: resolve(__dirname, '..'),
    scratch,
    progress: (message) => process.stderr.write(`· ${message}\n`),
  };
  const started = new Date();
  const loadBefore = loadLine();
  const rows: BenchRow[] = [];
  try {
    for (const [name, suite] of SUITES) {
      if (only !== null && !only.has(name)) continue;
      rows.push(...(await suite(ctx)));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(0);
  const commit = gitCommit(root);
  console.log(
    `Campaign Operator bench${quick ? ' (--quick)' : ''} — ${started.toISOString()}, commit ${commit}`,
  );
  console.log(machineLine());
  console.log(`load average (1/5/15 min) at start ${loadBefore}, at end ${loadLine()}; ${seconds} s in all`);
  console.log(
    'Times are judged on CPU time (user + system of the process, all its threads); wall time is shown beside it.\n',
  );
  console.log(renderTable(rows));
}

function gitCommit(root: string): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
