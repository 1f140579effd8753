import { rmSync } from 'node:fs';
import { RUN_FOLDER_VARIABLE } from './run-folder';

/** Jest's global teardown: removes the run's shared folder. */
export default function globalTeardown(): void {
  const folder = process.env[RUN_FOLDER_VARIABLE];
  if (folder !== undefined && folder !== '') rmSync(folder, { recursive: true, force: true });
  delete process.env[RUN_FOLDER_VARIABLE];
}
