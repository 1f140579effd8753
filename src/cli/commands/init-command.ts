import { stat } from 'node:fs/promises';
import { flag, type Command } from '../command';
import { displayPath } from '../display-path';
import { EXIT, UsageError } from '../errors';
import { existingWorkbook, writableWorkbook } from '../paths';
import { TOOL } from '../tool-help';
import { runInit, runInitAdd } from '../init/run-init';

const USAGE = 'init <workbook.xlsx> [--sample] [--force | --add]';

const HELP = `Usage: ${TOOL} ${USAGE}

Creates a new workbook ready to track a campaign: the Campaigns, Tasks, KPIs, ChannelMetrics,
TaskUpdates and Settings tables, with drop-down lists on the status columns and the default
settings. With --sample, the tables hold a realistic product-launch campaign (built around today)
so you can see what tracking gives before entering your own.

With --add, the tables are added to a workbook you already have, in place and atomically: every
sheet, chart, pivot table, macro and setting it holds stays as it is. It is refused (nothing
written) when the workbook already has one of the tables.

Options:
  --sample    fill the tables with the sample campaign
  --add       add the tables to an existing workbook (.xlsx or .xlsm)
  --force     replace the file if it exists (without it, an existing file is never replaced)
  -h, --help  this help

Examples:
  ${TOOL} init q3-launch.xlsx
  ${TOOL} init sample.xlsx --sample && ${TOOL} track sample.xlsx
  ${TOOL} init our-tracker.xlsx --add

Exit codes: 0 written; 1 the workbook cannot take the tables (the reason printed, nothing written);
2 wrong usage, or the file exists already (use --add or --force).
`;

/** `campaign-operator init`. */
export const initCommand: Command = {
  name: 'init',
  summary: 'create a workbook to fill in (the template), or --sample to explore',
  usage: USAGE,
  help: HELP,
  options: { sample: { type: 'boolean' }, force: { type: 'boolean' }, add: { type: 'boolean' } },
  positionals: ['workbook.xlsx'],
  async run(args, io) {
    const [given = ''] = args.positionals;
    const sample = flag(args.values, 'sample');
    const add = flag(args.values, 'add');
    if (add && flag(args.values, 'force'))
      throw new UsageError('--add and --force cannot go together', 'init');
    let sheets: readonly string[];
    let path: string;
    if (add) {
      path = await existingWorkbook(io.cwd, given, 'init');
      sheets = await runInitAdd(path, displayPath(io.cwd, path), sample, io);
    } else {
      path = await writableWorkbook(io.cwd, given, 'init');
      if (!flag(args.values, 'force') && (await stat(path).catch(() => null)) !== null) {
        throw new UsageError(
          `${given} already exists; add --add to add the input tables to it, keeping everything else, or --force to replace it`,
          'init',
        );
      }
      sheets = await runInit(path, sample, io);
    }
    const name = displayPath(io.cwd, path);
    const what = add ? `Added to ${name}` : `Wrote ${name}`;
    io.stdout(
      `${what}${sample ? ' (the sample campaign)' : ''}: ${sheets.join(', ')}.\n` +
        (sample
          ? `Next: ${TOOL} track ${name}\n`
          : `Next: fill in Campaigns, Tasks and KPIs (and ChannelMetrics as results come in), then run ${TOOL} track ${name}\n`),
    );
    return EXIT.ok;
  },
};
