import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stringOption, type Command } from '../command';
import { displayPath } from '../display-path';
import { EXIT } from '../errors';
import { runInit } from '../init/run-init';
import { TOOL } from '../tool-help';
import { runTrack } from '../track/run-track';
import { sheetsByCampaign } from '../../workbook/plan/plan-sheets';

const USAGE = 'demo [--dir <dir>]';

const HELP = `Usage: ${TOOL} ${USAGE}

Shows what the tool does in one command: writes the sample workbook (init --sample), tracks it,
and tells you which file to open. Everything goes into one folder:
  sample.xlsx          the input: a product launch past its midpoint, with pending task updates
  sample.tracked.xlsx  the result: open it and look at the "Report …" and "CMO Feedback …" sheets
  memory/              campaigns.json and learnings.json, appended to on every run

Options:
  --dir <dir>  the folder (default: ./demo); sample.xlsx and sample.tracked.xlsx are replaced
  -h, --help   this help

Example:
  ${TOOL} demo
`;

/** `campaign-operator demo`. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'write a sample campaign and track it, in ./demo',
  usage: USAGE,
  help: HELP,
  options: { dir: { type: 'string' } },
  positionals: [],
  async run(args, io) {
    const dir = resolve(io.cwd, stringOption(args.values, 'dir') ?? 'demo');
    await mkdir(dir, { recursive: true });
    const input = join(dir, 'sample.xlsx');
    const output = join(dir, 'sample.tracked.xlsx');
    await runInit(input, true, io);
    const run = await runTrack(
      { input, output, memoryDir: join(dir, 'memory'), asOf: null, campaignIds: [], json: false },
      io,
    );
    const { campaignSheets } = sheetsByCampaign(
      run.plan,
      run.result.campaigns.map((c) => c.campaignId),
    );
    const show = (p: string) => displayPath(io.cwd, p);
    const lines = [
      `Demo written to ${show(dir)}:`,
      `  ${show(input)}  the sample workbook (the input)`,
      `  ${show(output)}  the tracked workbook — open this one`,
      `  ${show(join(dir, 'memory'))}  campaigns.json and learnings.json`,
      '',
      ...run.result.campaigns.map(
        (c) =>
          `${c.campaignId} ${c.report.campaign_name}: ${c.report.overall_status.replace(/_/g, ' ')}. ` +
          `Look at the sheets ${(campaignSheets.get(c.campaignId) ?? []).map((s) => `"${s}"`).join(' and ')}.`,
      ),
      '',
      `Your own campaign next: ${TOOL} init my-campaign.xlsx (${TOOL} --help for everything else)`,
    ];
    io.stdout(`${lines.join('\n')}\n`);
    if (run.memoryError !== null) {
      io.stderr(`${TOOL}: ${run.memoryError.message}\n`);
      return EXIT.input;
    }
    return EXIT.ok;
  },
};
