import { Dec } from '../../engine/money/decimal';
import { formatMoney } from '../../engine/money/currency';
import type { ExecutionStatusReport } from '../../engine/report/output-schemas';
import { isoTimestamp } from '../../engine/time/iso';
import type { CampaignResult, TrackResult } from '../../engine/track-types';

export interface SummaryFiles {
  readonly workbook: string;
  readonly memory: ReadonlyArray<{ readonly path: string; readonly appended: number }>;
  /** The Report and CMO Feedback sheets added for each campaign. */
  readonly campaignSheets: ReadonlyMap<string, readonly string[]>;
  /** Other sheets the run added (logs created on the first run). */
  readonly otherSheets: readonly string[];
}

const label = (status: string) => status.replace(/_/g, ' ').toUpperCase();

function tasksLine(r: ExecutionStatusReport): string {
  const s = r.task_summary;
  const parts = (
    [
      ['completed', s.completed],
      ['in progress', s.in_progress],
      ['pending', s.pending],
      ['blocked', s.blocked],
      ['failed', s.failed],
      ['cancelled', s.cancelled],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${n} ${name}`);
  const detail = parts.length === 0 ? '' : ` (${parts.join(', ')})`;
  return `tasks: ${s.total}${detail}; ${r.task_completion_rate_pct}% complete; timeline ${r.timeline_adherence.replace(/_/g, ' ')}`;
}

function budgetLine(r: ExecutionStatusReport): string {
  const b = r.budget_status;
  const money = (n: number) => formatMoney(new Dec(n), b.currency);
  return `budget: ${money(b.spent)} of ${money(b.allocated)} spent (${b.utilization_pct}%), ${money(b.remaining)} remaining`;
}

function escalationsLine(r: ExecutionStatusReport): string {
  const count = (s: string) => r.escalations.filter((e) => e.severity === s).length;
  const bySeverity = ['critical', 'high', 'medium']
    .filter((s) => count(s) > 0)
    .map((s) => `${count(s)} ${s}`)
    .join(', ');
  return `escalations: ${r.escalations.length}${bySeverity === '' ? '' : ` (${bySeverity})`}`;
}

function campaignBlock(c: CampaignResult, mine: readonly string[]): string {
  const r = c.report;
  return [
    `${c.campaignId} ${r.campaign_name} — ${label(r.overall_status)}`,
    `  ${tasksLine(r)}`,
    `  ${budgetLine(r)}`,
    `  ${escalationsLine(r)}`,
    ...(mine.length > 0 ? [`  sheets: ${mine.join(', ')}`] : []),
  ].join('\n');
}

/**
 * The short summary `track` prints without `--json`: per campaign its status, tasks, budget and
 * escalations and its sheets; then the task updates, and the files written.
 *
 * @example io.stdout(humanSummary(result, { workbook: 'q3.tracked.xlsx', memory, campaignSheets, otherSheets }))
 */
export function humanSummary(result: TrackResult, files: SummaryFiles): string {
  const applied = result.updateOutcomes.filter((o) => o.rejection === null).length;
  const rejected = result.updateOutcomes.length - applied;
  const n = result.campaigns.length;
  const { otherSheets } = files;
  return [
    `Tracked ${n} campaign${n === 1 ? '' : 's'} as of ${isoTimestamp(result.asOf)}.`,
    '',
    ...result.campaigns.map((c) => `${campaignBlock(c, files.campaignSheets.get(c.campaignId) ?? [])}\n`),
    `Task updates: ${applied} applied, ${rejected} rejected (see the Outcome column of TaskUpdates).`,
    '',
    'Written:',
    `  ${files.workbook}`,
    ...(otherSheets.length > 0 ? [`    new sheets: ${otherSheets.join(', ')}`] : []),
    ...files.memory.map((m) => `  ${m.path} (+${m.appended})`),
    '',
  ].join('\n');
}
