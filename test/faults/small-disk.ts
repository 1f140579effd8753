import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_BIN } from '../cli/helpers/built-cli';
import type { ToolExit } from './fault-workspace';

/**
 * Whether this machine lets the tests mount a small tmpfs (root, and mounting allowed: not in
 * every container). Tried once, when the test file loads, so that test names can say which way
 * a full disk was made.
 */
export function canMountTmpfs(): boolean {
  if (process.platform !== 'linux') return false;
  const dir = mkdtempSync(join(tmpdir(), 'co-mount-probe-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status === 0;
  if (mounted) spawnSync('umount', [dir]);
  rmdirSync(dir);
  return mounted;
}

/** A real file system of `kb` KiB (tmpfs), mounted on a new folder; `unmount` removes it. */
export async function smallFileSystem(kb: number): Promise<{ dir: string; unmount(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'co-small-disk-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k,mode=0755`, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`mount refused: ${r.stderr}`);
  return {
    dir,
    unmount: () => {
      if (spawnSync('umount', [dir]).status !== 0) spawnSync('umount', ['-l', dir]);
      rmdirSync(dir);
    },
  };
}

const FILLER = '.filler';

/** Fills the file system holding `dir` until only `freeKb` KiB are left; `freeUp()` gives the space back. */
export async function fillUp(dir: string, freeKb: number): Promise<{ freeUp(): Promise<void> }> {
  const info = await statfs(dir);
  const free = Number(info.bavail) * Number(info.bsize);
  const size = free - freeKb * 1024;
  if (size < 0) throw new Error(`only ${free} bytes free in ${dir}`);
  await writeFile(join(dir, FILLER), Buffer.alloc(size));
  return { freeUp: () => rm(join(dir, FILLER)) };
}

/** Whether a path is the filler file of `fillUp`. */
export const isFiller = (path: string) => path.endsWith(FILLER);

/**
 * Runs the built tool in a child shell whose file size limit is `kb` KiB (`ulimit -f`, in bash:
 * 1024-byte units): any write past it fails with `EFBIG`.
 */
export function runToolLimited(dir: string, args: readonly string[], kb: number): ToolExit {
  const r = spawnSync(
    'bash',
    ['-c', `ulimit -f ${kb} && exec "$@"`, 'bash', process.execPath, BUILT_BIN, ...args],
    { cwd: dir, encoding: 'utf8', timeout: 120_000 },
  );
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
