import {
  ALL_TASK_COLUMNS,
  ALL_UPDATE_COLUMNS,
  location,
  makeInput,
  makeResult,
} from '../../../test/fixtures/track-fixture';
import { buildTrackPlan } from '../../workbook/plan/build-track-plan';
import { runPreview, samePreview } from './run-preview';

const input = makeInput();
const sourceMap = {
  tasks: location('Tasks', ALL_TASK_COLUMNS, 4),
  taskUpdates: location('TaskUpdates', ALL_UPDATE_COLUMNS, 4),
};
const inventory = { sheets: ['Tasks', 'TaskUpdates', 'Report CMP-1 2026-11-24'], tables: [] };
const plan = buildTrackPlan({
  result: makeResult(input),
  input,
  sourceMap,
  inventory,
  timeZone: 'UTC',
  history: [
    {
      runId: 'run-1',
      campaignId: 'CMP-1',
      reportSheet: 'Report CMP-1 2026-11-24',
      feedbackSheet: null,
      rejectedUpdates: null,
    },
  ],
});
const preview = runPreview({ result: makeResult(input), input, sourceMap, plan, warnings: [] });

describe('runPreview', () => {
  test('report time, run, and each campaign’s report and feedback', () => {
    expect(preview).toMatchObject({
      kind: 'preview',
      asOf: '2026-11-24T09:30:00.000Z',
      runId: 'run-2026-11-24',
    });
    expect(preview.campaigns.map((c) => [c.campaignId, c.name, c.report.report_id])).toEqual([
      ['CMP-1', 'Launch', '00000000-0000-4000-8000-000000000001'],
    ]);
  });

  test('the workbook’s time zone and threshold; each campaign’s phase and dates in that zone', () => {
    expect(preview).toMatchObject({ timeZone: input.settings.timeZone, performanceThresholdPct: 50 });
    expect(preview.campaigns.map((c) => [c.phase, c.startDate, c.endDate])).toEqual([
      ['running', '2026-11-01', '2026-11-30'],
    ]);
  });

  test('the sheets a commit writes: the campaign’s pair (replacing the same day’s report), the new logs', () => {
    expect(preview.sheets).toEqual({
      campaigns: [
        { campaignId: 'CMP-1', report: 'Report CMP-1 2026-11-24', feedback: 'CMO Feedback CMP-1 2026-11-24' },
      ],
      replaced: ['Report CMP-1 2026-11-24'],
      logs: ['Task Log', 'Campaign History', 'Learnings'],
      others: [],
    });
  });

  test('a run of several campaigns: its Portfolio sheet is among the sheets it adds, not the logs', () => {
    const one = makeResult(input);
    const [first] = one.campaigns;
    if (first === undefined) throw new Error('no campaign');
    const result = { ...one, campaigns: [first, { ...first, campaignId: 'CMP-2' }] };
    const both = buildTrackPlan({
      result,
      input,
      sourceMap,
      inventory: { sheets: [], tables: [] },
      timeZone: 'UTC',
    });
    const sheets = runPreview({ result, input, sourceMap, plan: both, warnings: [] }).sheets;
    expect(sheets.others).toEqual(['Portfolio 2026-11-24']);
    expect(sheets.logs).toEqual(['Task Log', 'Campaign History', 'Learnings']);
  });

  test('status changes with the task’s title', () => {
    expect(preview.taskChanges[1]).toEqual({
      taskId: 'T2',
      title: 'Task T2',
      from: 'in_progress',
      to: 'blocked',
      reason: 'Legal review',
    });
  });

  test('a rejected update points at the cell to fix (New Status of its row)', () => {
    expect(preview.rejectedUpdates).toEqual([
      {
        // Update index 3 sits on sheet row 5; New Status is column B.
        address: { sheet: 'TaskUpdates', row: 5, column: 2, a1: 'TaskUpdates!B5' },
        taskId: 'T4',
        title: 'Task T4',
        newStatus: 'in_progress',
        reason: 'a completed task cannot become in progress',
      },
    ]);
  });

  test('warnings come with their address', () => {
    const warned = runPreview({
      result: makeResult(input),
      input,
      sourceMap,
      plan,
      warnings: [
        { code: 'required_value', column: 'Title', path: ['tasks', 0, 'title'], severity: 'warning' },
      ],
    });
    expect(warned.warnings[0]?.address?.a1).toBe('Tasks!C2');
    expect(samePreview(preview, warned)).toBe(false);
    expect(
      samePreview(preview, runPreview({ result: makeResult(input), input, sourceMap, plan, warnings: [] })),
    ).toBe(true);
  });
});
