import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchRow, kb, verdict } from '../harness/table';
import type { BenchContext } from './context';

const FUNCTIONS_LIMIT = 25 * 1024;
const FIRST_LOAD_LIMIT = 250 * 1024;

/** Bytes a server sends for a file with gzip at its default level (6). */
function gzipped(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

/**
 * The add-in's bundles after `npm run build` (webpack, production), gzipped: the custom functions'
 * script, and what the task pane loads before it shows (its page, the runtime and the UI chunk the
 * runtime imports at start); Office.js comes from Microsoft's CDN and is not counted.
 */
export function bundlesSuite(ctx: BenchContext): Promise<BenchRow[]> {
  ctx.progress('bundles: npm run build (webpack, production)');
  execSync('npm run build --silent', { cwd: ctx.root, stdio: ['ignore', 'ignore', 'inherit'] });
  const dir = join(ctx.root, 'dist/addin');
  const files = readdirSync(dir);
  const ui = files.find((f) => /^taskpane-ui\.[0-9a-f]+\.js$/.test(f));
  if (ui === undefined) throw new Error('dist/addin has no taskpane-ui chunk');
  const functions = gzipped(join(dir, 'functions.js'));
  const firstLoad = ['taskpane.html', 'runtime.js', ui].map((f) => [f, gzipped(join(dir, f))] as const);
  const total = firstLoad.reduce((sum, [, size]) => sum + size, 0);
  return Promise.resolve([
    {
      area: 'bundles',
      workload: 'functions.js',
      figure: 'gzip size',
      value: kb(functions),
      target: '≤ 25 KB',
      verdict: verdict(functions, FUNCTIONS_LIMIT),
    },
    {
      area: 'bundles',
      workload: 'task pane first load',
      figure: `gzip size (${firstLoad.map(([f, size]) => `${f.replace(/\.[0-9a-f]{8}\.js$/, '.js')} ${kb(size)}`).join(' + ')})`,
      value: kb(total),
      target: '≤ 250 KB',
      verdict: verdict(total, FIRST_LOAD_LIMIT),
    },
  ]);
}
