import { extname, resolve } from 'node:path';
import { parseIsoInstant } from '../../engine/time/iso';
import { flag, stringList, stringOption, type CommandArgs } from '../command';
import { UsageError } from '../errors';
import type { CliIo } from '../io';
import { existingWorkbook, trackedPath, writableWorkbook } from '../paths';

export interface TrackCommandOptions {
  /** Absolute paths. */
  readonly input: string;
  readonly output: string;
  readonly memoryDir: string;
  /** `--as-of`, when given (epoch ms). */
  readonly asOf: number | null;
  readonly campaignIds: readonly string[];
  readonly json: boolean;
}

export const DEFAULT_MEMORY_DIR = 'memory';

/**
 * Resolves `track`'s arguments: paths from the working directory, `--as-of` as an instant. A bad
 * `--as-of`, a missing input or an output folder that does not exist is a `UsageError`.
 *
 * @example await trackOptions({ positionals: ['q3.xlsx'], values: {} }, io) // { output: '<cwd>/q3.tracked.xlsx', … }
 */
export async function trackOptions(args: CommandArgs, io: CliIo): Promise<TrackCommandOptions> {
  const [given = ''] = args.positionals;
  const input = await existingWorkbook(io.cwd, given, 'track');
  const out = stringOption(args.values, 'out');
  const output =
    out === undefined
      ? trackedPath(input)
      : await writableWorkbook(io.cwd, out, 'track', extname(input).toLowerCase());
  const asOfText = stringOption(args.values, 'as-of');
  const asOf = asOfText === undefined ? null : parseIsoInstant(asOfText);
  if (asOf === null && asOfText !== undefined) {
    throw new UsageError(
      `--as-of "${asOfText}" is not an ISO 8601 date-time with a time zone, such as 2026-11-24T09:00:00Z or 2026-11-24T10:00:00+01:00`,
      'track',
    );
  }
  const campaignIds = stringList(args.values, 'campaign').map((c) => c.trim());
  if (campaignIds.some((c) => c === '')) throw new UsageError('--campaign needs a campaign ID', 'track');
  return {
    input,
    output,
    memoryDir: resolve(io.cwd, stringOption(args.values, 'memory') ?? DEFAULT_MEMORY_DIR),
    asOf,
    campaignIds,
    json: flag(args.values, 'json'),
  };
}
