import type { Command } from '../command';
import { displayPath } from '../display-path';
import { EXIT } from '../errors';
import type { CliIo } from '../io';
import { TOOL } from '../tool-help';
import { humanSummary } from '../track/human-summary';
import { trackJson } from '../track/json-output';
import { sheetsByCampaign } from '../../workbook/plan/plan-sheets';
import { locateIn, runTrack, type TrackRun } from '../track/run-track';
import { trackOptions, type TrackCommandOptions } from '../track/track-options';

const USAGE =
  'track <workbook.xlsx> [--out <file>] [--as-of <ISO 8601>] [--campaign <id>]... [--memory <dir>] [--json]';

const HELP = `Usage: ${TOOL} ${USAGE}

Tracks the campaigns of a workbook: applies the TaskUpdates rows not applied yet, works out each
campaign's progress, budget, KPIs against target and escalations, and writes a status report and
CMO feedback for each one.

The input workbook is not changed. Written:
  <name>.tracked.xlsx beside the input (or the --out file): the workbook with the Tasks and
      TaskUpdates columns updated, the Task Log, Campaign History and Learnings tables, and a
      "Report …" and a "CMO Feedback …" sheet for each campaign (and a "Portfolio …" sheet
      when several are tracked). Open it in Excel.
  memory/campaigns.json and memory/learnings.json: a snapshot of each campaign per run, and the
      learnings not recorded before. Entries are only ever appended.

Options:
  --out <file>        where to write the tracked workbook (naming the input updates it in place)
  --as-of <ISO 8601>  the report time, e.g. 2026-11-24T09:00:00Z (default: Settings "As Of",
                      else now)
  --campaign <id>     track this campaign, whatever its status; repeat for several
                      (default: every active campaign)
  --memory <dir>      the memory folder (default: ./memory)
  --json              print the reports, feedback, task changes and rejected updates as JSON
                      (nothing else goes to standard output)
  -h, --help          this help

Examples:
  ${TOOL} track q3-launch.xlsx
  ${TOOL} track q3-launch.xlsx --as-of 2026-11-24T09:00:00Z --campaign CMP-001 --json > run.json

Exit codes: 0 tracked; 1 the workbook has errors, printed one per line with their cell
(Tasks!D5: Status "done" is not one of …), and nothing was written; 2 wrong usage.
`;

function printRun(run: TrackRun, options: TrackCommandOptions, io: CliIo): void {
  if (options.json) {
    io.stdout(`${JSON.stringify(trackJson(run.result, run.input, locateIn(run.sourceMap)), null, 2)}\n`);
  } else {
    const files = run.committed ?? { workbook: options.output, memory: [] };
    io.stdout(
      humanSummary(run.result, {
        workbook: displayPath(io.cwd, files.workbook),
        memory: files.memory.map((m) => ({ path: displayPath(io.cwd, m.path), appended: m.appended })),
        ...sheetsByCampaign(
          run.plan,
          run.result.campaigns.map((c) => c.campaignId),
        ),
      }),
    );
  }
  if (run.warnings.length > 0) io.stderr(`Warnings:\n${run.warnings.map((w) => `  ${w}\n`).join('')}`);
}

function printMemoryError(run: TrackRun, io: CliIo): void {
  const e = run.memoryError;
  if (e === null) return;
  const saved =
    e.recoveryFile === null
      ? 'The entries could not be saved either.'
      : `The entries it would have appended are saved in ${displayPath(io.cwd, e.recoveryFile)}.`;
  io.stderr(
    `${TOOL}: ${displayPath(io.cwd, e.written)} was written, but ${e.message}. ${saved} ` +
      'See "When the memory cannot be appended" in docs/cli.md.\n',
  );
}

/** `campaign-operator track`. */
export const trackCommand: Command = {
  name: 'track',
  summary: 'track the campaigns of a workbook (writes <name>.tracked.xlsx and memory/)',
  usage: USAGE,
  help: HELP,
  options: {
    out: { type: 'string' },
    'as-of': { type: 'string' },
    campaign: { type: 'string', multiple: true },
    memory: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: ['workbook.xlsx'],
  async run(args, io) {
    const options = await trackOptions(args, io);
    const run = await runTrack(options, io);
    printRun(run, options, io);
    printMemoryError(run, io);
    return run.memoryError === null ? EXIT.ok : EXIT.input;
  },
};
