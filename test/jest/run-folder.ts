import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment variable naming the folder that the test files of one jest run share. */
export const RUN_FOLDER_VARIABLE = 'CAMPAIGN_OPERATOR_TEST_RUN_FOLDER';

let own: string | undefined;

/**
 * A folder shared by every test file of this jest run (made by the run's global setup), where a
 * costly artefact — the add-in's production build — is made once for all files. Without the global
 * setup (a test file run by another runner), a folder of this process's own.
 *
 * @example join(runFolder(), 'addin-build')
 */
export function runFolder(): string {
  const shared = process.env[RUN_FOLDER_VARIABLE];
  if (shared !== undefined && shared !== '') return shared;
  own ??= mkdtempSync(join(tmpdir(), 'co-test-run-'));
  return own;
}
