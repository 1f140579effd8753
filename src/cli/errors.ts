/** The command line was used wrongly (exit code 2); the usage line of `command` follows the message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly command: string | null = null,
  ) {
    super(message);
  }
}

/** The input cannot be used (exit code 1): each line is printed as it is, errors before warnings. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

/** Exit codes of `campaign-operator` (docs/cli.md). */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;
