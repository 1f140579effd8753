import type { CliIo } from '../../../src/cli/io';

/** An in-memory CliIo that records what is printed. */
export function recordingIo(
  cwd = '/nowhere',
  now = Date.UTC(2026, 10, 24, 9),
): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  let ids = 0;
  return {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd,
    now: () => now,
    newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
    out: () => out,
    err: () => err,
  };
}
