import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { StatsCompilation } from 'webpack';
import { runFolder } from '../jest/run-folder';
import { buildAddin } from './build-addin';

/** ADDIN_BASE_URL of the build the tests share. */
export const TEST_BASE_URL = 'https://addins.contoso.com/operator';

export interface SharedBuild {
  /** The production build (what `npm run build` writes to dist/addin). */
  readonly out: string;
  /** Webpack's module graph of that build (`buildAddin`'s stats). */
  readonly stats: StatsCompilation;
}

const WAIT_LIMIT_MS = 300_000;
const POLL_MS = 100;

/**
 * The add-in's production build for this jest run, made once: the first test file to ask builds it
 * (`buildAddin`), the others wait for it and read the same folder. Test files must not change what
 * it holds (add files of their own instead).
 *
 * @example const { out, stats } = await addinBuildOnce();
 */
export async function addinBuildOnce(): Promise<SharedBuild> {
  const folder = join(runFolder(), 'addin-build');
  const out = join(folder, 'addin');
  const statsFile = join(folder, 'stats.json');
  const failedFile = join(folder, 'failed.txt');
  if (claim(folder)) {
    try {
      const stats = await buildAddin(out, TEST_BASE_URL);
      writeFileSync(`${statsFile}.partial`, JSON.stringify(stats));
      renameSync(`${statsFile}.partial`, statsFile);
      return { out, stats };
    } catch (error) {
      writeFileSync(failedFile, String(error));
      throw error;
    }
  }
  // Another test file is building: wait for its result (a file appears; no fixed sleep decides).
  for (const started = Date.now(); Date.now() - started < WAIT_LIMIT_MS; await delay(POLL_MS)) {
    if (existsSync(statsFile))
      return { out, stats: JSON.parse(readFileSync(statsFile, 'utf8')) as StatsCompilation };
    if (existsSync(failedFile))
      throw new Error(`the add-in build failed in another test file: ${readFileSync(failedFile, 'utf8')}`);
  }
  throw new Error(`the add-in build in ${folder} did not finish within ${WAIT_LIMIT_MS / 1000} s`);
}

/** Whether this process is the one to build (creating a folder is atomic). */
function claim(folder: string): boolean {
  try {
    mkdirSync(folder);
    return true;
  } catch (error) {
    // Not `instanceof Error`: Node's errors come from outside jest's sandbox.
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST')
      return false;
    throw error;
  }
}
