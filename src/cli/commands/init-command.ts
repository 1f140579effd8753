import { stat } from 'node:fs/promises';
import { flag, type Command } from '../command';
import { displayPath } from '../display-path';
import { EXIT, UsageError } from '../errors';
import { writableWorkbook } from '../paths';
import { TOOL } from '../tool-help';
import { runInit } from '../init/run-init';

const USAGE = 'init <workbook.xlsx> [--sample] [--force]';

const HELP = `Usage: ${TOOL} ${USAGE}

Creates a new workbook ready to track a campaign: the Campaigns, Tasks, KPIs, ChannelMetrics,
TaskUpdates and Settings tables, with drop-down lists on the status columns and the default
settings. With --sample, the tables hold a realistic product-launch campaign (built around today)
so you can see what tracking gives before entering your own.

Options:
  --sample    fill the workbook with the sample campaign
  --force     replace the file if it exists (without it, an existing file is never touched)
  -h, --help  this help

Examples:
  ${TOOL} init q3-launch.xlsx
  ${TOOL} init sample.xlsx --sample && ${TOOL} track sample.xlsx

Exit codes: 0 written; 2 wrong usage, or the file exists already (use --force).
`;

/** `campaign-operator init`. */
export const initCommand: Command = {
  name: 'init',
  summary: 'create a workbook to fill in (the template), or --sample to explore',
  usage: USAGE,
  help: HELP,
  options: { sample: { type: 'boolean' }, force: { type: 'boolean' } },
  positionals: ['workbook.xlsx'],
  async run(args, io) {
    const [given = ''] = args.positionals;
    const path = await writableWorkbook(io.cwd, given, 'init');
    if (!flag(args.values, 'force') && (await stat(path).catch(() => null)) !== null) {
      throw new UsageError(
        `${given} already exists; choose another name, or add --force to replace it`,
        'init',
      );
    }
    const sample = flag(args.values, 'sample');
    const sheets = await runInit(path, sample, io);
    const name = displayPath(io.cwd, path);
    io.stdout(
      `Wrote ${name}${sample ? ' (the sample campaign)' : ''}: ${sheets.join(', ')}.\n` +
        (sample
          ? `Next: ${TOOL} track ${name}\n`
          : `Next: fill in Campaigns, Tasks and KPIs (and ChannelMetrics as results come in), then run ${TOOL} track ${name}\n`),
    );
    return EXIT.ok;
  },
};
