import { error, warning } from '../issues/issue';
import { campaign, channelMetric, input, kpi, task, taskUpdate } from '../testing/sample-input';
import type { UpdateOutcome } from '../track-types';
import { rejectionsFor, warningsFor } from './campaign-scope';
import { chooseCampaigns } from './choose-campaigns';

const campaigns = [
  campaign({ campaignId: 'C1', status: 'active' }),
  campaign({ campaignId: 'C2', status: 'paused' }),
  campaign({ campaignId: 'C3', status: 'active' }),
];

describe('chooseCampaigns', () => {
  it.each<[string, readonly string[] | undefined, string[] | string]>([
    ['every active campaign by default, in table order', undefined, ['C1', 'C3']],
    ['explicit choice, any status, table order', ['C3', 'C2', 'C3'], ['C2', 'C3']],
  ])('%s', (_name, chosen, expected) => {
    const r = chooseCampaigns(campaigns, chosen);
    expect(r.ok && r.campaigns.map((c) => c.campaignId)).toEqual(expected);
  });

  it('names each unknown campaign', () => {
    expect(chooseCampaigns(campaigns, ['C1', 'C9', 'X'])).toEqual({
      ok: false,
      issues: [
        error(['campaigns'], { code: 'unknown_campaign', campaignId: 'C9' }),
        error(['campaigns'], { code: 'unknown_campaign', campaignId: 'X' }),
      ],
    });
  });

  it('no active campaign is an error', () => {
    expect(chooseCampaigns([campaign({ status: 'completed' })])).toEqual({
      ok: false,
      issues: [error(['campaigns'], { code: 'no_campaign_to_track' })],
    });
  });
});

describe('what concerns one campaign', () => {
  const data = input({
    campaigns: [campaign({ campaignId: 'C1' }), campaign({ campaignId: 'C2' })],
    tasks: [
      task({ taskId: 'T1', campaignId: 'C1', status: 'blocked' }),
      task({ taskId: 'T2', campaignId: 'C2', status: 'blocked' }),
    ],
    kpis: [kpi({ campaignId: 'C2' })],
    channelMetrics: [channelMetric({ campaignId: 'C1' })],
    taskUpdates: [taskUpdate({ taskId: 'T1' }), taskUpdate({ taskId: 'T2' }), taskUpdate({ taskId: 'T404' })],
  });

  it('keeps warnings about its rows and the whole workbook, while they still hold', () => {
    const w = {
      t1: warning(['tasks', 0, 'blockedSince'], { code: 'blocked_without_since', taskId: 'T1' }),
      t2: warning(['tasks', 1, 'blockedSince'], { code: 'blocked_without_since', taskId: 'T2' }),
      primary: warning(['kpis'], { code: 'primary_kpi_count', campaignId: 'C1', count: 0 }),
      kpiC2: warning(['kpis', 0, 'actual'], {
        code: 'invalid_value',
        column: 'Actual',
        value: 'soon',
        expected: 'number',
      }),
      setting: warning(['settings', 'Colour'], { code: 'unknown_setting', key: 'Colour' }),
    };
    const all = Object.values(w);
    expect(warningsFor('C1', all, data, data.tasks)).toEqual([w.t1, w.primary, w.setting]);
    expect(warningsFor('C2', all, data, data.tasks)).toEqual([w.t2, w.kpiC2, w.setting]);
    // T1 was unblocked by an update: its warning no longer holds.
    const after = data.tasks.map((t) => (t.taskId === 'T1' ? { ...t, status: 'in_progress' as const } : t));
    expect(warningsFor('C1', all, data, after)).toEqual([w.primary, w.setting]);
  });

  it('counts rejections of its own tasks only: one naming an unknown task belongs to no campaign', () => {
    const rejected = (updateIndex: number): UpdateOutcome => ({
      updateIndex,
      appliedAt: null,
      rejection: { code: 'blocker_required' },
      outcome: 'rejected: …',
    });
    const outcomes = [rejected(0), rejected(1), rejected(2)];
    expect(rejectionsFor('C1', outcomes, data)).toHaveLength(1);
    expect(rejectionsFor('C2', outcomes, data)).toHaveLength(1);
    const applied: UpdateOutcome = { updateIndex: 0, appliedAt: 1, rejection: null, outcome: 'applied' };
    expect(rejectionsFor('C1', [applied], data)).toEqual([]);
  });
});
