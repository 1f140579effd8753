import { parseArgs } from 'node:util';
import type { Command, CommandArgs } from './command';
import { UsageError } from './errors';

/** Node's parseArgs messages, shortened to what a person needs. */
function usageMessage(e: Error & { code?: string }): string {
  const unknown = /^Unknown option '([^']+)'/.exec(e.message);
  if (unknown !== null) return `unknown option ${unknown[1] ?? ''}`;
  const positional = /^Unexpected argument '([^']+)'/.exec(e.message);
  if (positional !== null) return `unexpected argument ${positional[1] ?? ''}`;
  const missing = /^Option '(-\w, )?(--[\w-]+)[^']*' argument missing/.exec(e.message);
  if (missing !== null) return `${missing[2] ?? 'an option'} needs a value`;
  return e.message.split('. ')[0] ?? e.message;
}

/**
 * Parses a command's arguments (`--help` included), or throws a `UsageError` for an unknown
 * option, a missing value, or too few or too many positional arguments.
 *
 * @example parseCommand(track, ['plan.xlsx', '--json']) // { positionals: ['plan.xlsx'], values: { json: true } }
 */
export function parseCommand(command: Command, argv: readonly string[]): CommandArgs | 'help' {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const error = e as Error & { code?: string };
    if (typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(usageMessage(error), command.name);
    }
    throw e;
  }
  if (parsed.values['help'] === true) return 'help';
  const missing = command.positionals[parsed.positionals.length];
  if (missing !== undefined) throw new UsageError(`missing <${missing}>`, command.name);
  const extra = parsed.positionals[command.positionals.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument ${extra}`, command.name);
  return { positionals: parsed.positionals, values: parsed.values as CommandArgs['values'] };
}
