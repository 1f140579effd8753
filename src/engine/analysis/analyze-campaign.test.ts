import { SCENARIO_AS_OF, scenarioInput } from '../testing/scenario';
import { analyzeCampaign } from './analyze-campaign';

const input = scenarioInput();
const campaign = input.campaigns[0];
if (campaign === undefined) throw new Error('scenario without campaign');
const a = analyzeCampaign({ campaign, input, tasks: input.tasks, asOf: SCENARIO_AS_OF });

describe('analyzeCampaign on the hand-computed scenario', () => {
  it('counts tasks: 3 completed, 1 in progress, 2 pending, 2 blocked, 1 failed, 1 cancelled', () => {
    expect(a.tasks.map((t) => t.taskId)).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
      'T9',
      'T10',
    ]);
    expect(a.counts).toEqual({
      total: 10,
      completed: 3,
      in_progress: 1,
      pending: 2,
      blocked: 2,
      failed: 1,
      cancelled: 1,
    });
  });

  it('sums the channels', () => {
    // LinkedIn 1,200.50 + 799.50 = 2,000.00; + Search 1,100.25 + Display 450.10 = 3,550.35
    expect(a.channels.map((c) => [c.channel, c.cost.toString()])).toEqual([
      ['LinkedIn', '2000'],
      ['Google Ads – Search', '1100.25'],
      ['Display', '450.1'],
    ]);
    const t = a.totals;
    expect([t.rows, t.estimatedRows, t.lastDate]).toEqual([4, 1, '2026-03-18']);
    expect(
      [t.impressions, t.clicks, t.conversions, t.cost, t.revenue, t.costWithRevenue].map(String),
    ).toEqual(['48000', '750', '22.5', '3550.35', '4000', '2000']);
  });

  it('works out the budget', () => {
    // 4,000 − 3,550.35 = 449.65; 3,550.35 / 4,000 × 100 = 88.75875
    const b = a.budget;
    expect(
      [b.currency, b.allocated, b.spent, b.remaining, b.utilizationPct, b.spentSource].map(String),
    ).toEqual(['USD', '4000', '3550.35', '449.65', '88.75875', 'channel_metrics']);
  });

  it('works out the timeline', () => {
    // Expected, over the 9 tasks not cancelled: T1, T2, T5, T8 past due (1 each); T3, T4, T10 due later
    // (0); T6, T9 undated (e = 0.6 each): 5.2 / 9 = 57.77…%. Progress 3 / 9 = 33.33…%: 24.44 points
    // behind, more than 10 and not more than 25 → at risk. Completion rate 3 / 10 = 30 %.
    const t = a.timeline;
    expect(t.elapsed.toString()).toBe('0.6');
    expect([t.midpointReached, t.phase, t.adherence, t.lateCriticalTaskIds]).toEqual([
      true,
      'running',
      'at_risk',
      [],
    ]);
    expect(t.completionRatePct.toString()).toBe('30');
    expect(t.progressPct.toFixed(6)).toBe('33.333333');
    expect(t.expectedProgressPct.toFixed(6)).toBe('57.777778');
  });

  it('compares every KPI with its target', () => {
    expect(
      a.kpis.map((k) => [k.kpiIndex, k.metric, k.direction, k.pctOfTarget?.toFixed(4) ?? null, k.label]),
    ).toEqual([
      // CPA 3,550.35 / 22.5 = 157.79…; 70 / 157.79… × 100 = 157,500 / 3,550.35 = 44.3618
      [0, 'cpa', 'lower_is_better', '44.3618', '[ESTIMATED]'],
      // CTR 750 / 48,000 × 100 = 1.5625 %; 1.5625 / 2 × 100 = 78.125
      [1, 'ctr', 'higher_is_better', '78.1250', '[ESTIMATED]'],
      // ROAS 4,000 / 2,000 = 2; 2 / 2.4 × 100 = 83.33…
      [2, 'roas', 'higher_is_better', '83.3333', '[ESTIMATED]'],
      // 350 / 1,000 × 100 = 35, from the Actual cell (measured)
      [3, 'Newsletter sign-ups', 'higher_is_better', '35.0000', '[MEASURED]'],
      [4, 'MQLs', 'higher_is_better', null, '[PENDING]'],
      // CPC 3,550.35 / 750 = 4.7338; 5 / 4.7338 × 100 = 375,000 / 3,550.35 = 105.6234
      [5, 'cpc', 'lower_is_better', '105.6234', '[ESTIMATED]'],
    ]);
    expect(a.kpis[4]?.actual).toEqual({ kind: 'pending', eta: '2026-03-25' });
  });

  it('escalates, most severe first', () => {
    expect(
      a.escalations.map((e) => [
        e.type,
        e.severity,
        e.code === 'kpi_below_threshold'
          ? e.kpi.metric
          : e.code === 'budget_ahead_of_progress'
            ? ''
            : e.task.taskId,
      ]),
    ).toEqual([
      ['performance', 'critical', 'cpa'],
      // T3 is critical and blocked 27 h > 24 h
      ['blocker', 'critical', 'T3'],
      // T5 failed and T6 (and T11 in another campaign) wait on it
      ['timeline', 'critical', 'T5'],
      ['performance', 'high', 'Newsletter sign-ups'],
      // 88.76 % spent > 80 % while 30 % < 50 % complete; spent < allocated → high
      ['budget', 'high', ''],
      // T10 has no Blocked Since: unknown, escalated as too long, not critical → medium
      ['blocker', 'medium', 'T10'],
    ]);
    const failed = a.escalations.find((e) => e.code === 'task_failed');
    expect(failed?.code === 'task_failed' && failed.impactedTaskIds).toEqual(['T6', 'T11']);
  });

  it('lists blocked tasks and failed tasks', () => {
    expect(a.blocked.map((b) => [b.task.taskId, b.blockedMs, b.waitingTaskIds])).toEqual([
      ['T3', 27 * 3_600_000, ['T4']],
      ['T10', null, []],
    ]);
    expect(a.failed.map((f) => [f.task.taskId, f.impactedTaskIds])).toEqual([['T5', ['T6', 'T11']]]);
  });

  it('is at risk, with tomorrow as the default ETA', () => {
    expect(a.overallStatus).toBe('at_risk');
    expect(a.defaultEta).toBe('2026-03-20');
  });
});
