import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { processIsAlive } from './process-alive';

/** How long a temporary file may be the work of a live run (a run may wait 30 s for the memory lock). */
const ORPHAN_AGE_MS = 120_000;

export interface OrphanOptions {
  readonly isAlive?: (pid: number) => boolean;
  readonly minAgeMs?: number;
  readonly now?: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes the temporary files a run that died left beside `name` in `dir` (`.<name>.<pid>.<hex>.tmp`,
 * as `stageFile` names them): those of a process no longer running on this machine, older than two
 * minutes. A live run's files, and anything else, are left alone. Returns the names removed.
 *
 * @example await removeOrphanedTemps('/work', 'plan.tracked.xlsx') // ['.plan.tracked.xlsx.4242.a1b2c3d4e5f6.tmp']
 */
export async function removeOrphanedTemps(
  dir: string,
  name: string,
  options: OrphanOptions = {},
): Promise<string[]> {
  const { isAlive = processIsAlive, minAgeMs = ORPHAN_AGE_MS, now = Date.now() } = options;
  const pattern = new RegExp(`^\\.${escape(name)}\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`);
  const removed: string[] = [];
  for (const entry of await readdir(dir).catch(() => [])) {
    const pid = Number(pattern.exec(entry)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    const path = join(dir, entry);
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile() || now - info.mtimeMs < minAgeMs) continue;
    if (
      await unlink(path).then(
        () => true,
        () => false,
      )
    )
      removed.push(entry);
  }
  return removed;
}
