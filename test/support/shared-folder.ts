import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * A path inside the `shared/` folder that sits beside the repository (CI's clone), else beside a
 * folder above it (a git worktree): the schemas and tools the tests check files with.
 *
 * @example sharedPath('tools/ooxml-validate') // '/work/shared/tools/ooxml-validate'
 */
export function sharedPath(relative: string): string {
  const besideRepository = resolve(__dirname, '../../..');
  const inShared = join('shared', relative);
  for (let dir = besideRepository; ; dir = dirname(dir)) {
    const candidate = join(dir, inShared);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join(besideRepository, inShared);
  }
}
