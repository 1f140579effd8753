import { campaign, channelMetric, input, kpi, task, taskUpdate } from './testing/sample-input';
import { counterIds } from './testing/counter-ids';
import { track } from './track';
import type { TrackOptions } from './track-types';

const AS_OF = Date.UTC(2026, 2, 16);
const options = (over: Partial<TrackOptions> = {}): TrackOptions => ({
  asOf: AS_OF,
  runId: 'run-1',
  newId: counterIds(),
  ...over,
});
const codes = (outcome: ReturnType<typeof track>) =>
  outcome.ok ? [] : outcome.issues.map((i) => [i.severity, i.code, i.path]);

describe('track: when it stops', () => {
  it.each<[string, unknown, TrackOptions, unknown[]]>([
    [
      'input that is not a workbook model: every missing table at once',
      {},
      options(),
      ['campaigns', 'tasks', 'kpis', 'channelMetrics', 'taskUpdates', 'settings'].map((t) => [
        'error',
        'missing_table',
        [t],
      ]),
    ],
    [
      'an unreadable KPI target, with the other errors across rows (KPI warnings wait for a valid input)',
      input({
        kpis: [kpi({ target: 'soon' })],
        campaigns: [campaign(), campaign({ campaignId: 'C2' }), campaign({ campaignId: 'C2' })],
      }),
      options(),
      [
        ['error', 'duplicate_id', ['campaigns', 2, 'campaignId']],
        ['error', 'invalid_target', ['kpis', 0, 'target']],
      ],
    ],
    [
      'a chosen campaign that does not exist',
      input(),
      options({ campaignIds: ['C1', 'C9'] }),
      [['error', 'unknown_campaign', ['campaigns']]],
    ],
    [
      'no active campaign',
      input({ campaigns: [campaign({ status: 'paused' })] }),
      options(),
      [['error', 'no_campaign_to_track', ['campaigns']]],
    ],
  ])('%s', (_name, raw, opts, expected) => {
    const outcome = track(raw, opts);
    expect(outcome.ok).toBe(false);
    expect(codes(outcome)).toEqual(expected);
  });
});

describe('track: what it returns', () => {
  const data = input({
    campaigns: [campaign(), campaign({ campaignId: 'C2', status: 'paused' }), campaign({ campaignId: 'C3' })],
    tasks: [
      task(),
      task({ taskId: 'T2', dependsOn: ['T1'] }),
      task({ taskId: 'T3', campaignId: 'C2' }),
      task({ taskId: 'T4', campaignId: 'C3' }),
    ],
    kpis: [kpi(), kpi({ campaignId: 'C3' }), kpi({ campaignId: 'C3', metric: 'clicks' })],
    channelMetrics: [channelMetric(), channelMetric({ campaignId: 'C3', cost: 50 })],
    taskUpdates: [
      taskUpdate({ taskId: 'T1', newStatus: 'in_progress' }),
      taskUpdate({ taskId: 'T3', newStatus: 'in_progress' }),
      taskUpdate({ taskId: 'T2', newStatus: 'in_progress' }),
    ],
  });

  it('tracks every active campaign, applies only their updates, ids in order report then feedback', () => {
    const outcome = track(data, options());
    if (!outcome.ok) throw new Error('refused');
    const r = outcome.result;
    expect(
      r.campaigns.map((c) => [c.campaignId, c.report.report_id.slice(-1), c.feedback.feedback_id.slice(-1)]),
    ).toEqual([
      ['C1', '1', '2'],
      ['C3', '3', '4'],
    ]);
    expect(r.campaigns[0]?.feedback.report_id).toBe(r.campaigns[0]?.report.report_id);
    // T1 starts; T3 (paused C2) is left for a later run; T2 waits on T1, which is only in progress.
    expect(r.taskChanges.map((c) => [c.taskId, c.from, c.to])).toEqual([['T1', 'pending', 'in_progress']]);
    expect(r.updateOutcomes.map((o) => [o.updateIndex, o.outcome.split(':')[0]])).toEqual([
      [0, 'applied'],
      [2, 'rejected'],
    ]);
    expect(r.campaigns[0]?.feedback.issues.map((i) => i.description)).toContain(
      '1 task update rejected (1 dependencies not completed)',
    );
    expect(r.campaigns[1]?.feedback.issues.map((i) => i.description)).not.toContain(
      '1 task update rejected (1 dependencies not completed)',
    );
    expect(r.campaigns.map((c) => c.snapshot.run_id)).toEqual(['run-1', 'run-1']);
  });

  it('tracks a chosen campaign whatever its status', () => {
    const outcome = track(data, options({ campaignIds: ['C2'] }));
    expect(outcome.ok && outcome.result.campaigns.map((c) => c.campaignId)).toEqual(['C2']);
    expect(outcome.ok && outcome.result.taskChanges.map((c) => c.taskId)).toEqual(['T3']);
  });

  it('carries warnings and appends only learnings memory does not hold', () => {
    const first = track(data, options());
    if (!first.ok) throw new Error('refused');
    expect(first.result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['primary_kpi_count', ['kpis', 2, 'type']],
    ]);
    // Shown in C3's feedback only.
    const warned = first.result.campaigns.map((c) =>
      c.feedback.issues.some((i) => i.description.includes('2 primary KPIs')),
    );
    expect(warned).toEqual([false, true]);
    const c1 = first.result.campaigns[0];
    expect(c1?.newLearnings.map((l) => l.learning)).toEqual(c1?.feedback.learnings);
    const known = (c1?.feedback.learnings ?? []).map((learning) => ({ campaignId: 'C1', learning }));
    const again = track(data, options({ knownLearnings: known }));
    expect(again.ok && again.result.campaigns[0]?.newLearnings).toEqual([]);
    expect(again.ok && again.result.campaigns[1]?.newLearnings.length).toBe(
      first.result.campaigns[1]?.newLearnings.length,
    );
  });
});
