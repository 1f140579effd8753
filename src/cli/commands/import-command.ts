import { renderImportReview } from '../../engine/messages/render-import-review';
import { renderImportSummary } from '../../engine/messages/render-import-summary';
import type { Command } from '../command';
import { displayPath } from '../display-path';
import { EXIT } from '../errors';
import { importOptions } from '../import/import-options';
import { runImport } from '../import/run-import';
import { TOOL } from '../tool-help';

const USAGE =
  'import <export> --into <workbook.xlsx> --campaign <id> [--channel <name>] [--mode replace|skip] [--date-format DMY|MDY] [--currency <code>] [--dry-run]';

const HELP = `Usage: ${TOOL} ${USAGE}

Adds an ad-platform export to the ChannelMetrics table of a campaign: Google Ads, Meta Ads
Manager, LinkedIn Campaign Manager, Microsoft Advertising, TikTok Ads, X or GA4, as CSV, TSV or
.xlsx, in UTF-8 or UTF-16, in English or (Google, Meta) Portuguese, German, French or Spanish.
The platform is recognised from the header row; title lines, total rows and empty rows are
dropped; rows are summed into one row per channel, ad campaign and day. A review follows the
summary: the days covered, totals of spend, impressions, clicks and conversions, how many channels
and ad campaigns, and the first rows as they will be written (--dry-run shows it and writes
nothing). The workbook is updated in place, atomically: when anything is wrong, every problem is
printed and nothing is written.

Options:
  --into <workbook.xlsx>   the workbook to add the rows to (required)
  --campaign <id>          the Campaign ID the rows belong to (required)
  --channel <name>         the Channel of every row (default: the platform and the campaign
                           type, e.g. "Google Ads – Search", else the platform)
  --mode replace|skip      for a channel, ad campaign and day ChannelMetrics already has:
                           replace its figures (default) or leave it as it is
  --date-format DMY|MDY    how to read dates such as 03/04/2025 when the export cannot tell
  --currency <code>        the export's currency when it does not say; it must be the campaign's
  --dry-run                print the summary and the review, write nothing
  -h, --help               this help

Examples:
  ${TOOL} import google-ads.csv --into q3-launch.xlsx --campaign CMP-001
  ${TOOL} import linkedin.csv --into q3-launch.xlsx --campaign CMP-001 --date-format DMY --mode skip

Exit codes: 0 imported; 1 the export or the workbook cannot be used, each problem printed (nothing
written); 2 wrong usage. docs/imports.md says what is recognised and why rows are dropped.
`;

/** `campaign-operator import`: an ad-platform export into ChannelMetrics. */
export const importCommand: Command = {
  name: 'import',
  summary: 'add an ad-platform export (CSV, TSV, .xlsx) to ChannelMetrics',
  usage: USAGE,
  help: HELP,
  options: {
    into: { type: 'string' },
    campaign: { type: 'string' },
    channel: { type: 'string' },
    mode: { type: 'string' },
    'date-format': { type: 'string' },
    currency: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  positionals: ['export'],
  async run(args, io) {
    const options = await importOptions(args, io);
    const summary = await runImport(options, io);
    const changed = summary.added + summary.replaced > 0;
    const outcome = options.dryRun
      ? `Dry run: nothing written to ${displayPath(io.cwd, options.workbook)}.`
      : changed
        ? `Wrote ${displayPath(io.cwd, options.workbook)}.`
        : 'Nothing to write.';
    const lines = [
      ...renderImportSummary(summary),
      ...renderImportReview(summary.review, summary.currency),
      outcome,
    ];
    io.stdout(lines.map((l) => `${l}\n`).join(''));
    return EXIT.ok;
  },
};
