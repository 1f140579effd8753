import { EXIT, InputError } from './errors';
import { FileWriteError, fileWriteErrorText } from './files/file-write-error';
import type { CliIo } from './io';
import { TOOL } from './tool-help';

/**
 * Prints why a run failed and returns exit code 1: input errors one per line as given, any other
 * failure (a file that cannot be read or written — `FileWriteError` names the file the user gave
 * and says nothing was written —, a memory file that is not JSON) as one line.
 *
 * @example reportFailure(new InputError(['Tasks!D5: …']), io) // 1, with the line on stderr
 */
export function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof InputError) {
    io.stderr(error.lines.map((l) => `${l}\n`).join(''));
    return EXIT.input;
  }
  if (error instanceof FileWriteError) {
    io.stderr(`${TOOL}: ${fileWriteErrorText(error, io.cwd)}\n`);
    return EXIT.input;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`${TOOL}: ${message}\n`);
  return EXIT.input;
}
