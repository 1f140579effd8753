import type { Command } from './command';

export const TOOL = 'campaign-operator';

/**
 * The tool's help: what it is for, its commands (from the command table), where to start.
 *
 * @example toolHelp(COMMANDS).startsWith('campaign-operator — ') // true
 */
export function toolHelp(commands: readonly Command[]): string {
  const width = Math.max(
    ...commands.map((c) => c.name.length + 1 + c.positionals.map((p) => `<${p}>`).join(' ').length),
  );
  const lines = commands.map((c) => {
    const head = [c.name, ...c.positionals.map((p) => `<${p}>`)].join(' ');
    return `  ${head.padEnd(width)}   ${c.summary}`;
  });
  return `${TOOL} — track marketing campaigns kept in Excel workbooks.

It reads the Campaigns, Tasks, KPIs, ChannelMetrics and TaskUpdates tables of an .xlsx workbook,
applies the task updates, and writes a tracked copy of the workbook with a status report and CMO
feedback for each campaign, plus memory files that keep a record of every run.

Usage: ${TOOL} <command> [options]

Commands:
${lines.join('\n')}

New here? Try:
  npx ${TOOL} demo                      a sample campaign, tracked, in ./demo
  npx ${TOOL} init my-campaign.xlsx     an empty workbook to fill in
  npx ${TOOL} track my-campaign.xlsx    track it: writes my-campaign.tracked.xlsx

Options:
  -h, --help      this help; for a command's: ${TOOL} <command> --help
  -v, --version   the version

Exit codes: 0 success; 1 input errors (each printed with its cell, e.g. Tasks!D5); 2 wrong usage.
`;
}

/**
 * `Usage: campaign-operator track <workbook.xlsx> …` and where to read more.
 *
 * @example usageHint(trackCommand) // 'Usage: campaign-operator track <workbook.xlsx> …'
 */
export function usageHint(command: Command | null): string {
  return command === null
    ? `Usage: ${TOOL} <command> [options]   (${TOOL} --help lists the commands)\n`
    : `Usage: ${TOOL} ${command.usage}\nRun "${TOOL} ${command.name} --help" for details.\n`;
}
