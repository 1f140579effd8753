import {
  ALL_UPDATE_COLUMNS,
  AS_OF,
  location,
  makeInput,
  makeResult,
  RUN_ID,
} from '../../../test/fixtures/track-fixture';
import { serialAt } from './excel-time';
import { campaignHistoryBlock, learningsBlock, rejectedUpdatesByCampaign, taskLogBlock } from './log-rows';

const SERIAL = serialAt(AS_OF, 'UTC');

describe('log rows', () => {
  it('Task Log: one row per change, with the address of its TaskUpdates row', () => {
    const input = makeInput();
    const sourceMap = { taskUpdates: { ...location('Task Updates', ALL_UPDATE_COLUMNS, 4), firstColumn: 2 } };
    const block = taskLogBlock(makeResult(input), input, sourceMap, 'UTC');
    expect(block.rows[1]).toEqual({
      time: SERIAL,
      runId: RUN_ID,
      taskId: 'T2',
      title: 'Task T2',
      from: 'in_progress',
      to: 'blocked',
      reason: 'Legal review',
      // Update index 1 sits on sheet row 3; the table starts in column B; the name has a space.
      update: "'Task Updates'!B3",
      // T2 before the run: in progress since 48 hours before AS_OF (2026-11-22 09:30Z).
      before:
        '{"status":"in_progress","startedAt":"2026-11-22T09:30:00.000Z","completedAt":null,"blockedSince":null,"blocker":null,"attempts":0,"actualHours":null,"actualResult":null}',
    });
    expect(block.rows).toHaveLength(3);
    expect(block.formats.time).toBe('yyyy-mm-dd hh:mm');
  });

  it('Campaign History: one flattened snapshot per campaign, with its report and feedback sheets', () => {
    const sheets = {
      report: 'Report CMP-1 2026-11-24',
      feedback: 'CMO Feedback CMP-1 2026-11-24',
      rejectedUpdates: ['TaskUpdates!A5'],
    };
    const block = campaignHistoryBlock(makeResult(), new Map([['CMP-1', sheets]]), 'UTC');
    expect(block.rows).toEqual([
      {
        recordedAt: SERIAL,
        runId: RUN_ID,
        campaignId: 'CMP-1',
        missionId: 'MSN-1',
        name: 'Launch',
        overallStatus: 'at_risk',
        timeline: 'at_risk',
        tasksCompleted: 2,
        tasksTotal: 4,
        spent: 2100.5,
        allocated: 5000,
        currency: 'USD',
        utilizationPct: 42,
        confidence: 82,
        reportId: '00000000-0000-4000-8000-000000000001',
        feedbackId: '00000000-0000-4000-8000-000000000002',
        reportSheet: 'Report CMP-1 2026-11-24',
        feedbackSheet: 'CMO Feedback CMP-1 2026-11-24',
        rejectedUpdates: '["TaskUpdates!A5"]',
      },
    ]);
    expect(block.formats.spent).toBe('#,##0.00');
  });

  it('rejected updates go with the campaign of their task, or the first campaign', () => {
    const input = makeInput();
    const sourceMap = { taskUpdates: location('TaskUpdates', ALL_UPDATE_COLUMNS, 4) };
    const result = makeResult(input);
    // makeResult rejects update index 3 (T4, of CMP-1): sheet row 5.
    expect(rejectedUpdatesByCampaign(result, input, sourceMap)).toEqual(
      new Map([['CMP-1', ['TaskUpdates!A5']]]),
    );
    const unknown = {
      ...input,
      taskUpdates: input.taskUpdates.map((u, i) => (i === 3 ? { ...u, taskId: 'T9' } : u)),
    };
    expect(rejectedUpdatesByCampaign(result, unknown, sourceMap).get('CMP-1')).toEqual(['TaskUpdates!A5']);
    expect(rejectedUpdatesByCampaign(result, input, {}).size).toBe(0);
  });

  it('Learnings: only the new ones', () => {
    const result = makeResult();
    const block = learningsBlock(result, 'UTC');
    expect(block.rows).toEqual([
      {
        recordedAt: SERIAL,
        runId: RUN_ID,
        campaignId: 'CMP-1',
        missionId: 'MSN-1',
        label: '[MEASURED]',
        learning: '[MEASURED] LinkedIn CTR 3.0% is 15x Display CTR 0.2%.',
      },
    ]);
    const none = { ...result, campaigns: result.campaigns.map((c) => ({ ...c, newLearnings: [] })) };
    expect(learningsBlock(none, 'UTC').rows).toEqual([]);
  });
});
