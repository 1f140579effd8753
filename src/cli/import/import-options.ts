import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DateOrder } from '../../engine/issues/import-issue';
import { isKnownCurrency } from '../../engine/money/currency';
import type { ImportMode } from '../../imports/merge/plan-import';
import { flag, stringOption, type CommandArgs } from '../command';
import { UsageError } from '../errors';
import type { CliIo } from '../io';
import { existingWorkbook } from '../paths';

export interface ImportCommandOptions {
  /** Absolute paths. */
  readonly exportPath: string;
  readonly workbook: string;
  readonly campaignId: string;
  readonly channel?: string;
  readonly mode: ImportMode;
  readonly dateFormat?: DateOrder;
  readonly currency?: string;
  /** `--dry-run`: print the review, write nothing. */
  readonly dryRun: boolean;
}

const fail = (message: string): never => {
  throw new UsageError(message, 'import');
};

function choice<T extends string>(
  given: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined {
  if (given === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === given.trim().toLowerCase());
  return found ?? fail(`${option} must be ${allowed.join(' or ')}, not "${given}"`);
}

function required(values: CommandArgs['values'], name: string, what: string): string {
  const v = stringOption(values, name)?.trim();
  return v === undefined || v === '' ? fail(`--${name} <${what}> is required`) : v;
}

/**
 * Resolves `import`'s arguments: the export must be an existing file, `--into` an existing
 * workbook; `--campaign` is required; `--mode`, `--date-format` and `--currency` take only their
 * values. Anything else is a `UsageError` (exit code 2).
 *
 * @example await importOptions({ positionals: ['ads.csv'], values: { into: 'q2.xlsx', campaign: 'C1' } }, io)
 * // { exportPath: '<cwd>/ads.csv', workbook: '<cwd>/q2.xlsx', campaignId: 'C1', mode: 'replace', dryRun: false }
 */
export async function importOptions(args: CommandArgs, io: CliIo): Promise<ImportCommandOptions> {
  const [given = ''] = args.positionals;
  const into = required(args.values, 'into', 'workbook.xlsx');
  const campaignId = required(args.values, 'campaign', 'id');
  const exportPath = resolve(io.cwd, given);
  const info = await stat(exportPath).catch(() => null);
  if (info === null) fail(`file not found: ${given}`);
  if (info !== null && !info.isFile()) fail(`${given} is not a file`);
  const workbook = await existingWorkbook(io.cwd, into, 'import');
  const channelText = stringOption(args.values, 'channel');
  const channel = channelText?.trim();
  if (channel === '') fail('--channel needs a channel name');
  const mode = choice(stringOption(args.values, 'mode'), ['replace', 'skip'] as const, '--mode') ?? 'replace';
  const dateFormat = choice(
    stringOption(args.values, 'date-format'),
    ['DMY', 'MDY'] as const,
    '--date-format',
  );
  const currencyText = stringOption(args.values, 'currency');
  const currency = currencyText?.trim().toUpperCase();
  if (currency !== undefined && !isKnownCurrency(currency)) {
    fail(`--currency "${currencyText ?? ''}" is not a three-letter ISO 4217 code such as USD`);
  }
  return {
    exportPath,
    workbook,
    campaignId,
    mode,
    dryRun: flag(args.values, 'dry-run'),
    ...(channel === undefined ? {} : { channel }),
    ...(dateFormat === undefined ? {} : { dateFormat }),
    ...(currency === undefined ? {} : { currency }),
  };
}
