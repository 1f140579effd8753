import { renderRevertReason } from '../../engine/messages/render-revert';
import type { Instant } from '../../engine/model/primitives';
import type { TrackingInput } from '../../engine/model/tracking-input';
import type { Inventory, RawTable } from '../host';
import { normalizeName } from '../names/normalize-name';
import type { TaskLogEntry, WorkbookLogs } from '../read/workbook-logs';
import type { SourceMap } from '../source-map';
import { DATE_TIME_FORMAT, serialAt } from './excel-time';
import { logOp } from './log-op';
import type { LogBlock } from './log-rows';
import { portfolioSheetsOfRun } from './revert-portfolio';
import { isReverted, lastRunId, REVERT_RUN_PREFIX } from './revert-run';
import { appliedUpdates, rejectedUpdates, restoreWrites } from './revert-writes';
import { SheetNames } from './sheet-names';
import { beforeJson, parseBefore } from './task-before';
import { TASK_TRACKING_FIELDS } from './task-write-back';
import { writeBackOp, type FieldWrite } from './write-back';
import type { PlanOp, WritePlan } from './write-plan';

export interface RevertPlanArgs {
  readonly logs: WorkbookLogs;
  /** The workbook as it is now (to find each task's row and compare its cells). */
  readonly input: TrackingInput;
  readonly sourceMap: SourceMap;
  readonly inventory: Inventory;
  /** The Portfolio sheets the run may have written, as `readRevertPortfolios` read them. */
  readonly portfolios: readonly RawTable[];
  /** When the revert happens: the time of its Task Log rows. */
  readonly at: Instant;
  readonly timeZone: string;
}

export type RevertPlan =
  | { readonly kind: 'nothing_to_revert' }
  | {
      readonly kind: 'revert';
      readonly runId: string;
      readonly plan: WritePlan;
      readonly restoredTasks: readonly string[];
      readonly reopenedUpdates: number;
      readonly removedSheets: readonly string[];
    };

interface Restore {
  readonly taskId: string;
  readonly title: string | null;
  readonly writes: FieldWrite[];
  readonly from: string;
  readonly to: string;
  readonly current: string;
}

/** Each task of the run whose Before the log kept, with the writes that put its cells back. */
function restores(rows: readonly TaskLogEntry[], args: RevertPlanArgs): Restore[] {
  const seen = new Set<string>();
  const out: Restore[] = [];
  for (const row of rows) {
    if (seen.has(row.taskId)) continue;
    seen.add(row.taskId);
    const before = parseBefore(row.before);
    const index = args.input.tasks.findIndex((t) => t.taskId === row.taskId);
    const now = args.input.tasks[index];
    if (before === null || now === undefined) continue;
    const writes = restoreWrites(index, now, before, args.timeZone);
    if (writes.length === 0) continue;
    out.push({
      taskId: now.taskId,
      title: now.title,
      writes,
      from: now.status,
      to: before.status,
      current: beforeJson(now),
    });
  }
  return out;
}

/**
 * The run's Report and CMO Feedback sheets that still exist (Campaign History names them), then the
 * Portfolio sheet whose Run ID cell names the run, by their names in the workbook.
 */
function runSheets(args: RevertPlanArgs, runId: string): string[] {
  const named = args.logs.campaignHistory
    .filter((row) => row.runId === runId)
    .flatMap((row) => [row.reportSheet, row.feedbackSheet])
    .flatMap((name) => (name === null ? [] : [normalizeName(name)]));
  const wanted = new Set(named);
  const portfolios = new Set(portfolioSheetsOfRun(args.portfolios, runId).map(normalizeName));
  const sheets = args.inventory.sheets;
  return [
    ...sheets.filter((sheet) => wanted.has(normalizeName(sheet))),
    ...sheets.filter((sheet) => portfolios.has(normalizeName(sheet)) && !wanted.has(normalizeName(sheet))),
  ];
}

/**
 * Undoes the last run (Office.js changes cannot be undone with Ctrl+Z): puts back the Tasks
 * tracking cells it changed, as each task's Task Log Before cell recorded them; clears Applied At
 * and Outcome of the TaskUpdates rows it applied, and the Outcome of those it rejected (Campaign
 * History lists them), so a new run processes them again; deletes the
 * Report and CMO Feedback sheets Campaign History names for it and the Portfolio sheet whose Run ID
 * cell names it (read beforehand with `readRevertPortfolios`); and appends Task Log rows recording
 * the revert (Run ID `revert:<run>`). Campaign History and Learnings are memory, appended to and
 * never rewritten: their rows stay. A run already reverted is not reverted again, nor the one
 * before it: `nothing_to_revert`.
 *
 * @example
 * const portfolios = await readRevertPortfolios(host, logs, inventory);
 * const revert = buildRevertPlan({ logs, input, sourceMap, inventory, portfolios, at: now, timeZone: 'UTC' });
 * if (revert.kind === 'revert') await host.apply(revert.plan);
 */
export function buildRevertPlan(args: RevertPlanArgs): RevertPlan {
  const { logs, sourceMap, inventory } = args;
  const runId = lastRunId(logs);
  if (runId === null || isReverted(logs, runId)) return { kind: 'nothing_to_revert' };
  const rows = logs.taskLog.filter((row) => row.runId === runId);
  const tasks = restores(rows, args);
  const applied = appliedUpdates(rows, args.input, sourceMap['taskUpdates']);
  const history = logs.campaignHistory.filter((row) => row.runId === runId);
  const rejected = rejectedUpdates(history, args.input, sourceMap['taskUpdates']);
  const updates = [...applied, ...rejected];
  const sheets = runSheets(args, runId);
  if (tasks.length === 0 && updates.length === 0 && sheets.length === 0) return { kind: 'nothing_to_revert' };

  const ops: PlanOp[] = [];
  const push = (op: PlanOp | null) => {
    if (op !== null) ops.push(op);
  };
  const taskLocation = sourceMap['tasks'];
  if (taskLocation !== undefined)
    push(
      writeBackOp(
        taskLocation,
        'tasks',
        TASK_TRACKING_FIELDS,
        tasks.flatMap((t) => t.writes),
      ),
    );
  const updateLocation = sourceMap['taskUpdates'];
  if (updateLocation !== undefined) {
    const clears = [
      ...applied.flatMap((index): FieldWrite[] => [
        { index, field: 'appliedAt', value: null },
        { index, field: 'outcome', value: null },
      ]),
      ...rejected.map((index): FieldWrite => ({ index, field: 'outcome', value: null })),
    ].sort((a, b) => a.index - b.index);
    push(writeBackOp(updateLocation, 'taskUpdates', ['appliedAt', 'outcome'], clears));
  }
  const time = serialAt(args.at, args.timeZone);
  const block: LogBlock<'taskLog'> = {
    log: 'taskLog',
    rows: tasks.map((t) => ({
      time,
      runId: `${REVERT_RUN_PREFIX}${runId}`,
      taskId: t.taskId,
      title: t.title,
      from: t.from,
      to: t.to,
      reason: renderRevertReason(runId),
      update: null,
      before: t.current,
    })),
    formats: { time: DATE_TIME_FORMAT },
  };
  const names = new SheetNames(inventory.sheets);
  push(
    logOp(
      block,
      sourceMap['taskLog'],
      names,
      inventory.tables.map((t) => t.name),
    ),
  );
  for (const name of sheets) ops.push({ kind: 'deleteSheet', name });
  return {
    kind: 'revert',
    runId,
    plan: { ops, newSheets: ops.flatMap((op) => (op.kind === 'createTable' ? [op.sheet] : [])) },
    restoredTasks: tasks.map((t) => t.taskId),
    reopenedUpdates: updates.length,
    removedSheets: sheets,
  };
}
