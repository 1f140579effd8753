import { counterIds } from '../testing/counter-ids';
import { track } from '../track';
import type { TrackResult } from '../track-types';
import { AS_OF, springWebinar } from './spring-webinar.input';

/*
 * Spring webinar, worked out by hand (see spring-webinar.input.ts for the rows).
 *
 * Time: 2026-03-01T00:00Z → 2026-03-31T00:00Z (End Date 2026-03-30, end of day) = 30 days; as_of
 * 2026-03-16T00:00Z → e = 15 / 30 = 0.5, elapsed 50.0 %, midpoint reached. Days left (16th–30th,
 * today included) = 15.
 *
 * Updates, in Updated At order: U0 T2 in_progress → completed (+6 h, result "Live at /spring");
 * U1 T3 pending → in_progress (T2 is now completed); U2 T1 completed → pending: rejected.
 * Tasks after: T1, T2, T5 completed; T3 in progress; T4 blocked → 3 / 5 = 60.0 % complete.
 *
 * ChannelMetrics: Search 8,000 + 4,000 impressions, 400 + 200 clicks, 20 + 10 conversions,
 * 600.10 + 299.90 = 900.00 cost, 2,400 + 1,200 = 3,600 revenue; Display 30,000 / 300 / 6 / 540.555 /
 * 480; Email (estimated) 1,000 / 50 / 4 / 0 / no revenue.
 * Totals: 43,000 impressions, 950 clicks, 40 conversions, cost 1,440.555 (→ $1,440.56),
 * revenue 4,080 over a cost of 1,440.555.
 *   CTR 950 / 43,000 = 2.2093 % → 2.2; conversion rate 40 / 950 = 4.2105 % → 4.2;
 *   CPA 1,440.555 / 40 = 36.0139 → 36.01; ROAS 4,080 / 1,440.555 = 2.8322 → 2.83.
 * Budget: spent 1,440.555 → 1,440.56; remaining 3,000 − 1,440.555 = 1,559.445 → 1,559.45 (each
 * rounded once from the exact figure, so they add up to 3,000.01); utilisation 48.0185 % → 48.0.
 *
 * KPIs: conversions 40 / 100 = 40.0 % (estimated: an estimated Email row is summed in);
 * CPA ≤ $45: 45 / 36.0139 = 124.95 % → 125.0 (estimated); signups pending, ETA 2026-03-20.
 * Escalations: performance (primary 40 % < 50 % after the midpoint) critical; blocker T4 blocked
 * 2026-03-14T12:00Z → 36 h > 24 h, not critical → medium. No budget flag (48 % ≤ 80 %).
 * Timeline: expected = (T1 due passed 1 + T2 due ahead 0 + T3 e 0.5 + T4 e 0.5 + T5 due passed 1) / 5
 * = 60 %; progress 3 / 5 = 60 % → on track. Overall: a critical escalation → at_risk.
 *
 * Channels with ≥ 100 clicks: Search (600) and Display (300); Email (50) is too little data to judge
 * (named). Three tests, Holm-adjusted (docs/rules.md, Comparing channels):
 *   CTR 600 / 12,000 = 5.0 % vs 300 / 30,000 = 1.0 % → 5×; Katz se² = 1/600 − 1/12,000 + 1/300 −
 *   1/30,000 = 0.0048833, se = 0.06988: 5 × e^(±0.13696) = 4.36–5.73 → about 5.0× (4.3–5.8×).
 *   Conversion rate 30 / 600 = 5.0 % vs 6 / 300 = 2.0 % → 2.5×; se² = 1/30 − 1/600 + 1/6 − 1/300 =
 *   0.195, se = 0.4416, p = 0.038: 2.5 × e^(±0.8655) = 1.052–5.9405 → about 3× (1.05–5.95×; one figure
 *   as it spans more than 2×, the lower bound kept above 1).
 *   CPA 900 / 30 = 30.00 vs 540.555 / 6 = 90.0925 → $90.09; conversions per dollar 3.003×,
 *   se = √(1/30 + 1/6) = 0.4472, p = 0.0139: 3.003 × e^(±0.8765) = 1.250–7.215 → about 3× (1.2–7.3×).
 *   Holm: 0.0000, 0.0139 × 2 = 0.028, 0.038 → all significant.
 *   Shift: the data support at least 1.25× (under 1.5) → 10 % of 540.555 = 54.0555 → $54.06.
 * Pace: 40 < 100 × 0.5 = 50 → 60 more over 15 days = 4 a day.
 * Forecast (docs/rules.md, Pacing forecast): rows on 2026-03-14 and 03-15 only, so a straight line over
 * 2 days of data. Spend per day 600.10 and 299.90 + 540.555 + 0 = 840.455: mean 720.2775, sd 169.95;
 * 15 days ahead (16th–30th): 1,440.555 + 15 × 720.2775 = 12,244.7175 → $12,244.72; variance
 * 15 × 28,883.8 + 15² × 28,883.8 / 2 = 3,682,685, sd 1,919.03, ±1.96 sd = 3,761.3 → $8,483.39–$16,006.05.
 * 12,244.72 / 3,000 = 408.2 % of the budget, outside the band of 2 + 18 × 15 / 30 = 11 points: over
 * pace → cap at the remaining 1,559.445 / 15 = 103.963 → $103.96 a day (today: the most urgent).
 * Conversions per day 20 and 20: 40 + 15 × 20 = 340 (340.0 %); the spread of a count is at least its
 * Poisson spread (20 a day): variance 15 × 20 + 15² × 20 / 2 = 2,550, ±1.96 × 50.5 = 98.97 → 241.03–438.97.
 * Hours: (5 + 6 + 8) / (4 + 8 + 10) = 19 / 22 = 86.36 % → 86.4; T1 +25 % and T2 −25 % tie, the first
 * (T1) is named.
 * Issues: performance 9 (40 % is not below half the threshold, 25 %); blocker 5 − 1 = 4 (nothing
 * waits on T4, not critical); pending KPI 3; one rejected update 3.
 * Confidence: K = (0.5 + 0.5 + 0) / 3 = 1/3; M = 1,440.555 / 1,440.555 = 1 (the estimated Email row
 * cost nothing); F = 1 (newest row 2026-03-15, one day before as_of) →
 * 100 × (0.5/3 + 0.3 + 0.2) = 66.67 → 67.
 */

function result(): TrackResult {
  const outcome = track(springWebinar, { asOf: AS_OF, runId: 'run-1', newId: counterIds() });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.result;
}
const only = (r: TrackResult) => {
  const [c] = r.campaigns;
  if (c === undefined || r.campaigns.length !== 1) throw new Error('one campaign expected');
  return c;
};

describe('Spring webinar end to end', () => {
  it('applies the updates', () => {
    const r = result();
    expect(r.taskChanges.map((c) => [c.taskId, c.from, c.to])).toEqual([
      ['T2', 'in_progress', 'completed'],
      ['T3', 'pending', 'in_progress'],
    ]);
    expect(r.updateOutcomes.map((o) => o.outcome)).toEqual([
      'applied',
      'applied',
      'rejected: a completed task cannot become pending',
    ]);
    expect(r.changedTaskIndexes).toEqual([1, 2]);
    expect(r.tasks[1]).toMatchObject({
      status: 'completed',
      actualHours: 6,
      actualResult: 'Live at /spring',
    });
    expect(r.warnings).toEqual([]);
  });

  it('reports every figure as worked out by hand', () => {
    const { report } = only(result());
    expect(report).toMatchObject({
      report_id: '00000000-0000-4000-8000-000000000001',
      campaign_id: 'C1',
      timestamp: '2026-03-16T00:00:00.000Z',
      overall_status: 'at_risk',
      task_summary: {
        total: 5,
        completed: 3,
        in_progress: 1,
        pending: 0,
        blocked: 1,
        failed: 0,
        cancelled: 0,
      },
      budget_status: {
        allocated: 3000,
        spent: 1440.56,
        remaining: 1559.45,
        utilization_pct: 48,
        currency: 'USD',
      },
      performance_vs_target: [
        {
          metric: 'conversions',
          target: '100',
          actual: '40',
          pct_of_target: 40,
          label: '[ESTIMATED]',
          kpi_type: 'primary',
          actual_value: 40,
          direction: 'higher_is_better',
        },
        {
          metric: 'cpa',
          target: '≤ $45.00',
          actual: '$36.01',
          pct_of_target: 125,
          label: '[ESTIMATED]',
          kpi_type: 'secondary',
          actual_value: 36.01,
          direction: 'lower_is_better',
        },
        {
          metric: 'signups',
          target: '200',
          actual: 'DATA PENDING — ETA: 2026-03-20',
          pct_of_target: 'DATA PENDING — ETA: 2026-03-20',
          label: '[PENDING]',
          kpi_type: 'secondary',
          actual_value: null,
          direction: 'higher_is_better',
        },
      ],
      blockers: [
        {
          task_id: 'T4',
          blocker: 'Waiting on brand approval',
          duration: 'P1DT12H',
          critical: false,
          blocked_since: '2026-03-14T12:00:00.000Z',
        },
      ],
      run_id: 'run-1',
      mission_id: 'M7',
      campaign_name: 'Spring webinar',
      task_completion_rate_pct: 60,
      timeline_adherence: 'on_track',
      elapsed_pct: 50,
      completed_tasks: [
        {
          task_id: 'T1',
          estimated_hours: 4,
          actual_hours: 5,
          hours_variance_pct: 25,
          deviations: ['over_estimate'],
        },
        {
          task_id: 'T2',
          actual_result: 'Live at /spring',
          estimated_hours: 8,
          actual_hours: 6,
          hours_variance_pct: -25,
          deviations: [],
        },
        { task_id: 'T5', estimated_hours: 10, actual_hours: 8, hours_variance_pct: -20, deviations: [] },
      ],
      channel_breakdown: [
        // Search: CTR 5.0, conversion rate 30 / 600 = 5.0, CPA 30, ROAS 3,600 / 900 = 4.00.
        {
          channel: 'Search',
          impressions: 12000,
          clicks: 600,
          conversions: 30,
          cost: 900,
          revenue: 3600,
          ctr_pct: 5,
          conversion_rate_pct: 5,
          cpa: 30,
          roas: 4,
          label: '[MEASURED]',
        },
        // Display: 6 / 300 = 2.0 %; ROAS 480 / 540.555 = 0.888 → 0.89.
        {
          channel: 'Display',
          impressions: 30000,
          clicks: 300,
          conversions: 6,
          cost: 540.56,
          revenue: 480,
          ctr_pct: 1,
          conversion_rate_pct: 2,
          cpa: 90.09,
          roas: 0.89,
          label: '[MEASURED]',
        },
        // Email: 50 / 1,000 = 5.0 %, 4 / 50 = 8.0 %, CPA 0 / 4 = 0.
        {
          channel: 'Email',
          impressions: 1000,
          clicks: 50,
          conversions: 4,
          cost: 0,
          revenue: null,
          ctr_pct: 5,
          conversion_rate_pct: 8,
          cpa: 0,
          roas: null,
          label: '[ESTIMATED]',
        },
      ],
    });
    expect(report.escalations.map((e) => [e.type, e.severity, e.metric ?? e.task_id])).toEqual([
      ['performance', 'critical', 'conversions'],
      ['blocker', 'medium', 'T4'],
    ]);
    expect(report.escalations[0]?.description).toContain('40.0%');
    expect(report.escalations[1]?.description).toContain('1 day 12 hours');
  });

  it('gives the CMO feedback worked out by hand', () => {
    const { feedback } = only(result());
    expect(feedback).toEqual({
      feedback_id: '00000000-0000-4000-8000-000000000002',
      mission_id: 'M7',
      campaign_id: 'C1',
      timestamp: '2026-03-16T00:00:00.000Z',
      execution_result:
        'Status: at risk. Tasks: 3 of 5 completed (60.0%), 1 in progress, 1 blocked, 0 failed. Budget: $1,440.56 of $3,000.00 spent (48.0%). Primary KPI conversions: 40 against target 100 (40.0%). Escalations: 2 (1 critical, 1 medium).',
      metrics: {
        impressions: 43000,
        clicks: 950,
        conversions: 40,
        cost: 1440.56,
        ctr: 2.2,
        conversion_rate: 4.2,
        cpa: 36.01,
        roas: 2.83,
      },
      learnings: [
        "[MEASURED] Search's CTR was about 5.0× Display's (95% interval 4.3–5.8×): 5.0% (600 clicks / 12,000 impressions) vs 1.0% (300 clicks / 30,000 impressions)",
        "[MEASURED] Search's conversion rate was about 3× Display's (95% interval 1.05–5.95×): 5.0% (30 conversions / 600 clicks) vs 2.0% (6 conversions / 300 clicks)",
        "[MEASURED] Search's CPA was about 3× lower than Display's (95% interval 1.2–7.3×): $30.00 (30 conversions for $900.00) vs $90.09 (6 conversions for $540.56)",
        '[MEASURED] Too little data to judge Email yet: 50 clicks, under the 100 clicks a channel needs to be compared',
        "[ESTIMATED] conversions reached 40 of the 100 target (40.0%) with 50.0% of the campaign's time elapsed",
        '[ESTIMATED] At the current daily pace conversions would reach about 340 by 2026-03-30 (95% range 241.03–438.97; 340.0% of the 100 target; straight line, from 2 days of data)',
        '[ESTIMATED] cpa is $36.01 against a target of ≤ $45.00 (125.0% of target, lower is better)',
        '[ESTIMATED] Pacing forecast (straight line, from 2 days of data): about $12,244.72 spent by 2026-03-30 (95% range $8,483.39–$16,006.05), 408.2% of the $3,000.00 budget: over pace, outside the ±11.0-point band around 100%',
        '[MEASURED] 3 completed tasks took 19 h against 22 h estimated (86.4% of the estimate); largest deviation: T1, +25.0% (5 h vs 4 h)',
        '[MEASURED] 1 task blocked (T4); longest: T4, 1 day 12 hours',
      ],
      issues: [
        {
          description:
            'Primary KPI conversions is at 40.0% of its 100 target (actual 40) with 50.0% of the time elapsed',
          severity: 9,
          impact: 'below the 50% performance threshold after the campaign midpoint',
          resolution:
            'change what drives conversions (channel mix, creative, targeting) or revise its target with the CMO',
        },
        {
          description: 'Task T4 “Ad creatives” blocked for 1 day 12 hours: “Waiting on brand approval”',
          severity: 4,
          impact: 'no open task waits on it',
          resolution: 'resolve the blocker and set T4 back to in_progress, or cancel it with a reason',
        },
        {
          description: 'Secondary KPI signups has no data yet (ETA 2026-03-20)',
          severity: 3,
          impact: 'the percent of target of signups cannot be measured until then',
          resolution:
            "fill the KPI's Actual column or add the ChannelMetrics rows it is derived from by 2026-03-20",
        },
        {
          description: '1 task update rejected (1 transition not allowed)',
          severity: 3,
          impact: 'the task figures in this report do not include them',
          resolution:
            "read each rejected row's Outcome in TaskUpdates, correct it and enter it again as a new row",
        },
      ],
      recommendations: [
        "Shift 10% of Display's spend ($54.06 of its $540.56 so far) to Search: Search's CPA is about 3× lower (95% interval 1.2–7.3×): $30.00 vs $90.09",
        'Cap spend at $103.96 a day for the 15 days left (today included) to stay within the remaining $1,559.45: at the current daily pace the campaign would spend about $12,244.72, 408.2% of its budget, outside the ±11.0-point band around 100%',
        'Raise conversions by 4 a day: 60 more are needed in the 15 days left (today included) to reach the 100 target (40 so far, 50.0% of the time elapsed)',
        'Unblock task T4 “Ad creatives” (blocked 1 day 12 hours by “Waiting on brand approval”)',
        'Fill the Actual of KPI signups in the KPIs table (expected by 2026-03-20)',
      ],
      confidence_in_data: 67,
      report_id: '00000000-0000-4000-8000-000000000001',
      run_id: 'run-1',
      currency: 'USD',
      metric_labels: {
        impressions: '[ESTIMATED]',
        clicks: '[ESTIMATED]',
        conversions: '[ESTIMATED]',
        cost: '[ESTIMATED]',
        ctr: '[ESTIMATED]',
        conversion_rate: '[ESTIMATED]',
        cpa: '[ESTIMATED]',
        roas: '[ESTIMATED]',
      },
      data_as_of: '2026-03-15',
      phase: 'running',
      // The recommendations most urgent first (overspending today; then this week, due 2026-03-23).
      next_actions: [
        {
          action:
            'Cap spend at $103.96 a day for the 15 days left (today included) to stay within the remaining $1,559.45: at the current daily pace the campaign would spend about $12,244.72, 408.2% of its budget, outside the ±11.0-point band around 100%',
          urgency: 'today',
          due: '2026-03-16',
        },
        {
          action:
            "Shift 10% of Display's spend ($54.06 of its $540.56 so far) to Search: Search's CPA is about 3× lower (95% interval 1.2–7.3×): $30.00 vs $90.09",
          urgency: 'this_week',
          due: '2026-03-23',
        },
        {
          action:
            'Raise conversions by 4 a day: 60 more are needed in the 15 days left (today included) to reach the 100 target (40 so far, 50.0% of the time elapsed)',
          urgency: 'this_week',
          due: '2026-03-23',
        },
      ],
      data_gaps: [],
    });
  });

  it('writes memory: one snapshot and the ten learnings, none of them twice', () => {
    const c = only(result());
    expect(c.snapshot).toMatchObject({
      recorded_at: '2026-03-16T00:00:00.000Z',
      campaign_id: 'C1',
      mission_id: 'M7',
      overall_status: 'at_risk',
      budget_status: { spent: 1440.56, remaining: 1559.45 },
      metrics: { cost: 1440.56, cpa: 36.01 },
      confidence_in_data: 67,
    });
    expect(c.newLearnings.map((l) => l.label)).toEqual([
      '[MEASURED]',
      '[MEASURED]',
      '[MEASURED]',
      '[MEASURED]',
      '[ESTIMATED]',
      '[ESTIMATED]',
      '[ESTIMATED]',
      '[ESTIMATED]',
      '[MEASURED]',
      '[MEASURED]',
    ]);
  });
});
