import { randomUUID } from 'node:crypto';

/**
 * Everything the command line touches outside its files, passed in so that tests run `main`
 * in-process with their own writers, directory, clock and ids.
 */
export interface CliIo {
  /** Writes to standard output (results: the summary, or the JSON with `--json`). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error (errors, warnings, usage). */
  readonly stderr: (text: string) => void;
  /** The directory relative paths start from. */
  readonly cwd: string;
  /** The clock: epoch milliseconds. */
  readonly now: () => number;
  /** A new UUID (run ids, report and feedback ids). */
  readonly newId: () => string;
}

/**
 * The real process's streams, directory, clock and UUIDs.
 *
 * @example await main(process.argv.slice(2), processIo())
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    now: () => Date.now(),
    newId: () => randomUUID(),
  };
}
