import { EXIT, InputError } from './errors';
import type { CliIo } from './io';
import { TOOL } from './tool-help';

/**
 * Prints why a run failed and returns exit code 1: input errors one per line as given, any other
 * failure (a file that cannot be read or written, a memory file that is not JSON) as one line.
 *
 * @example reportFailure(new InputError(['Tasks!D5: …']), io) // 1, with the line on stderr
 */
export function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof InputError) {
    io.stderr(error.lines.map((l) => `${l}\n`).join(''));
    return EXIT.input;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`${TOOL}: ${message}\n`);
  return EXIT.input;
}
