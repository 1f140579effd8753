import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_FOLDER_VARIABLE } from './run-folder';

/** Jest's global setup: one folder for this run, named in the environment the test files inherit. */
export default function globalSetup(): void {
  process.env[RUN_FOLDER_VARIABLE] = mkdtempSync(join(tmpdir(), 'co-test-run-'));
}
