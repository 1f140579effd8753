import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Readonly<Record<string, string | boolean | Array<string | boolean> | undefined>>;

/** A command's arguments after parsing. */
export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly values: OptionValues;
}

/** One command of `campaign-operator`: its help and how it runs. */
export interface Command {
  readonly name: string;
  /** One line for the tool's help. */
  readonly summary: string;
  /** `track <workbook.xlsx> [--out <file>] …` (without the tool's name). */
  readonly usage: string;
  /** The full help, for a newcomer: what it does, what it writes, options, examples, exit codes. */
  readonly help: string;
  readonly options: OptionSpecs;
  /** Names of the required positional arguments (`workbook.xlsx`); no others are accepted. */
  readonly positionals: readonly string[];
  /** Runs the command and returns the exit code; may throw `UsageError` or `InputError`. */
  run(args: CommandArgs, io: CliIo): Promise<number>;
}

/**
 * A string option's value, if given.
 *
 * @example stringOption({ out: 'run.xlsx' }, 'out') // 'run.xlsx'
 */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * Every value of a repeatable string option.
 *
 * @example stringList({ campaign: ['C-1', 'C-2'] }, 'campaign') // ['C-1', 'C-2']
 */
export function stringList(values: OptionValues, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

/**
 * Whether a boolean option is set.
 *
 * @example flag({ json: true }, 'json') // true
 */
export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
