import {
  ALL_TASK_COLUMNS,
  ALL_UPDATE_COLUMNS,
  AS_OF,
  HOUR,
  location,
  makeInput,
  tasksAfter,
} from '../../../test/fixtures/track-fixture';
import { must } from '../../../test/fixtures/plan-cells';
import type { TrackingInput } from '../../engine/model/tracking-input';
import type { RawTable } from '../host';
import type { WorkbookLogs } from '../read/workbook-logs';
import type { SourceMap } from '../source-map';
import { buildRevertPlan, type RevertPlanArgs } from './build-revert-plan';
import { serialAt } from './excel-time';
import { beforeJson } from './task-before';
import type { AppendRowsOp, UpdateCellsOp } from './write-plan';

const RUN = 'run-9';
const LATER = AS_OF + HOUR;
const before = makeInput();
/** The workbook after run-9: T1 started, T2 blocked, T3 completed; updates 0–2 applied, 3 rejected. */
const now: TrackingInput = {
  ...before,
  tasks: tasksAfter(before),
  taskUpdates: before.taskUpdates.map((u, i) =>
    i < 3 ? { ...u, appliedAt: AS_OF, outcome: 'applied' } : { ...u, outcome: 'rejected: …' },
  ),
};

const logRow = (index: number, taskId: string, taskIndex: number, update: string | null) => ({
  index,
  time: AS_OF,
  runId: RUN,
  taskId,
  from: before.tasks[taskIndex]?.status ?? 'pending',
  to: now.tasks[taskIndex]?.status ?? 'pending',
  reason: 'x',
  update,
  before: beforeJson(must(before.tasks[taskIndex])),
});

const LOGS: WorkbookLogs = {
  learnings: [],
  taskLog: [
    { ...logRow(0, 'T0', 3, null), runId: 'run-8' },
    logRow(1, 'T1', 0, 'TaskUpdates!A2'),
    logRow(2, 'T2', 1, 'TaskUpdates!A3'),
    logRow(3, 'T3', 2, 'TaskUpdates!A4'),
  ],
  campaignHistory: [
    {
      runId: 'run-8',
      campaignId: 'CMP-1',
      reportSheet: 'Report CMP-1 old',
      feedbackSheet: null,
      rejectedUpdates: null,
    },
    {
      runId: RUN,
      campaignId: 'CMP-1',
      reportSheet: 'Report CMP-1 2026-11-24',
      feedbackSheet: 'CMO Feedback CMP-1 2026-11-24',
      rejectedUpdates: '["TaskUpdates!A5"]',
    },
  ],
};
const SOURCES: SourceMap = {
  tasks: location('Tasks', ALL_TASK_COLUMNS, 4),
  taskUpdates: location('TaskUpdates', ALL_UPDATE_COLUMNS, 4),
  taskLog: {
    ...location(
      'TaskLog',
      { time: 1, runId: 2, taskId: 3, title: 4, from: 5, to: 6, reason: 7, update: 8, before: 9 },
      4,
    ),
    sheet: 'Task Log',
  },
};
const INVENTORY = {
  sheets: [
    'Tasks',
    'TaskUpdates',
    'Task Log',
    'Report CMP-1 old',
    'report cmp-1 2026-11-24',
    'CMO Feedback CMP-1 2026-11-24',
  ],
  tables: [{ name: 'TaskLog', sheet: 'Task Log' }],
};
const args = (over: Partial<RevertPlanArgs> = {}): RevertPlanArgs => ({
  logs: LOGS,
  input: now,
  sourceMap: SOURCES,
  inventory: INVENTORY,
  portfolios: [],
  at: LATER,
  timeZone: 'UTC',
  ...over,
});

describe('buildRevertPlan', () => {
  test('restores the run’s task cells, reopens its updates, removes its sheets, logs the revert', () => {
    const revert = buildRevertPlan(args());
    if (revert.kind !== 'revert') throw new Error('expected a revert');
    expect(revert).toMatchObject({
      runId: RUN,
      restoredTasks: ['T1', 'T2', 'T3'],
      reopenedUpdates: 4,
      removedSheets: ['report cmp-1 2026-11-24', 'CMO Feedback CMP-1 2026-11-24'],
    });
    const [tasks, updates, log, ...deletes] = revert.plan.ops;
    const col = (f: string) => ALL_TASK_COLUMNS[f];
    // T1 (row 2) back to pending, Started At cleared; T3 (row 4) back to in progress, 2 hours, no result.
    expect((tasks as UpdateCellsOp).cells).toEqual([
      { row: 2, column: col('status'), value: 'pending' },
      { row: 2, column: col('startedAt'), value: null },
      { row: 3, column: col('status'), value: 'in_progress' },
      { row: 3, column: col('blockedSince'), value: null },
      { row: 3, column: col('blocker'), value: null },
      { row: 4, column: col('status'), value: 'in_progress' },
      { row: 4, column: col('completedAt'), value: null },
      { row: 4, column: col('actualHours'), value: 2 },
      { row: 4, column: col('actualResult'), value: null },
    ]);
    // Rows 2–4 were applied (both cells cleared); row 5 was rejected (its Outcome cleared).
    expect((updates as UpdateCellsOp).cells).toEqual([
      ...[2, 3, 4].flatMap((row) => [
        { row, column: ALL_UPDATE_COLUMNS['appliedAt'], value: null },
        { row, column: ALL_UPDATE_COLUMNS['outcome'], value: null },
      ]),
      { row: 5, column: ALL_UPDATE_COLUMNS['outcome'], value: null },
    ]);
    const appended = log as AppendRowsOp;
    expect(appended).toMatchObject({ kind: 'appendRows', sheet: 'Task Log', startRow: 6 });
    expect(appended.rows[0]?.slice(0, 7)).toEqual([
      serialAt(LATER, 'UTC'),
      'revert:run-9',
      'T1',
      'Task T1',
      'in_progress',
      'pending',
      'reverted run run-9: back to the state before it',
    ]);
    expect(appended.rows[0]?.[8]).toBe(beforeJson(must(now.tasks[0])));
    expect(deletes).toEqual([
      { kind: 'deleteSheet', name: 'report cmp-1 2026-11-24' },
      { kind: 'deleteSheet', name: 'CMO Feedback CMP-1 2026-11-24' },
    ]);
  });

  test('removes the Portfolio sheet whose Run ID cell names the run, not one another run wrote', () => {
    const portfolio = (sheet: string, runId: string): RawTable => ({
      source: { kind: 'sheet', name: sheet },
      sheet,
      headerRow: 1,
      firstColumn: 1,
      header: ['Portfolio — 2 campaigns', null],
      rows: [
        ['As of', 46000.5],
        ['Time zone', 'UTC'],
        ['Run ID', runId],
      ],
    });
    const sheets = [...INVENTORY.sheets, 'Portfolio 2026-11-23', 'portfolio 2026-11-24'];
    const revert = buildRevertPlan(
      args({
        inventory: { ...INVENTORY, sheets },
        portfolios: [portfolio('Portfolio 2026-11-23', 'run-8'), portfolio('portfolio 2026-11-24', RUN)],
      }),
    );
    if (revert.kind !== 'revert') throw new Error('expected a revert');
    expect(revert.removedSheets).toEqual([
      'report cmp-1 2026-11-24',
      'CMO Feedback CMP-1 2026-11-24',
      'portfolio 2026-11-24',
    ]);
    expect(revert.plan.ops.filter((op) => op.kind === 'deleteSheet').map((op) => op.name)).toEqual(
      revert.removedSheets,
    );
  });

  test('a run reverted once is not reverted again, nor the run before it', () => {
    const reverted: WorkbookLogs = {
      ...LOGS,
      taskLog: [...LOGS.taskLog, { ...logRow(4, 'T1', 0, null), runId: 'revert:run-9' }],
    };
    expect(buildRevertPlan(args({ logs: reverted }))).toEqual({ kind: 'nothing_to_revert' });
  });

  test('nothing to revert in a workbook without runs, or when the run left nothing behind', () => {
    expect(buildRevertPlan(args({ logs: { learnings: [], taskLog: [], campaignHistory: [] } }))).toEqual({
      kind: 'nothing_to_revert',
    });
    const gone = { ...INVENTORY, sheets: ['Tasks'] };
    expect(buildRevertPlan(args({ input: before, inventory: gone }))).toEqual({ kind: 'nothing_to_revert' });
  });

  test('a row moved under an update address, or a log without Before, is left alone', () => {
    const [u0, u1, u2] = now.taskUpdates.map((u) => must(u));
    const moved: TrackingInput = { ...now, taskUpdates: [must(u1), must(u0), must(u2)] };
    const noBefore = {
      ...LOGS,
      taskLog: LOGS.taskLog.map((r) => ({ ...r, before: r.taskId === 'T2' ? null : r.before })),
    };
    const revert = buildRevertPlan(args({ input: moved, logs: noBefore }));
    if (revert.kind !== 'revert') throw new Error('expected a revert');
    expect(revert.restoredTasks).toEqual(['T1', 'T3']);
    expect(revert.reopenedUpdates).toBe(1); // only T3's row is where the log says (the rejected row is gone)
  });

  test('without Campaign History, the last run of the Task Log is reverted', () => {
    const revert = buildRevertPlan(args({ logs: { ...LOGS, campaignHistory: [] } }));
    expect(revert).toMatchObject({ kind: 'revert', runId: RUN, removedSheets: [] });
  });
});
