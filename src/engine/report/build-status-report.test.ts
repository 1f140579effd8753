import { analyzeCampaign } from '../analysis/analyze-campaign';
import { SCENARIO_AS_OF, scenarioInput } from '../testing/scenario';
import type { CompletedTask } from '../tasks/completed-task-records';
import { buildStatusReport } from './build-status-report';
import { executionStatusReportSchema } from './output-schemas';

const REPORT_ID = '6f1c2f9e-3b7a-4c1d-9e2f-0a1b2c3d4e5f';
const completed: CompletedTask = {
  task_id: 'T1',
  title: 'Brief agency',
  expected_result: null,
  actual_result: null,
  estimated_hours: 4,
  actual_hours: 5,
  hours_variance_pct: 25,
  deviations: ['over_estimate'],
};

const input = scenarioInput();
const campaign = input.campaigns[0];
if (campaign === undefined) throw new Error('scenario without campaign');
const analysis = analyzeCampaign({ campaign, input, tasks: input.tasks, asOf: SCENARIO_AS_OF });
const report = buildStatusReport(analysis, {
  reportId: REPORT_ID,
  runId: 'run-7',
  completedTasks: [completed],
});

describe('buildStatusReport on the hand-computed scenario', () => {
  it('passes its schema', () => {
    expect(executionStatusReportSchema.safeParse(report).success).toBe(true);
  });

  it('has the header, task summary and budget to the cent', () => {
    expect(report).toEqual(
      expect.objectContaining({
        report_id: REPORT_ID,
        campaign_id: 'C1',
        timestamp: '2026-03-19T00:00:00.000Z',
        overall_status: 'at_risk',
        run_id: 'run-7',
        mission_id: 'M1',
        campaign_name: 'Spring launch',
        // 3 / 10
        task_completion_rate_pct: 30,
        timeline_adherence: 'at_risk',
        // 18 / 30 days
        elapsed_pct: 60,
        completed_tasks: [completed],
      }),
    );
    expect(report.task_summary).toEqual({
      total: 10,
      completed: 3,
      in_progress: 1,
      pending: 2,
      blocked: 2,
      failed: 1,
      cancelled: 1,
    });
    // 4,000 − 3,550.35 = 449.65; 3,550.35 / 4,000 = 88.75875 % → 88.8
    expect(report.budget_status).toEqual({
      allocated: 4000,
      spent: 3550.35,
      remaining: 449.65,
      utilization_pct: 88.8,
      currency: 'USD',
    });
  });

  it('shows every KPI against its target', () => {
    const rows = report.performance_vs_target.map((p) => [
      p.metric,
      p.target,
      p.actual,
      p.actual_value,
      p.pct_of_target,
      p.label,
    ]);
    expect(rows).toEqual([
      // 3,550.35 / 22.5 = 157.793…; 157,500 / 3,550.35 = 44.36…
      ['cpa', '$70.00', '$157.79', 157.79, 44.4, '[ESTIMATED]'],
      // 750 / 48,000 = 1.5625 %; 78.125 % of 2 % → 78.1 %. The actual is shown precisely enough to give
      // that percent: 1.6 / 2 = 80.0 %, 1.56 / 2 = 78.0 %, 1.563 / 2 = 78.15 → 78.2 %; 1.5625 / 2 = 78.1 %.
      ['ctr', '2.0%', '1.5625%', 1.5625, 78.1, '[ESTIMATED]'],
      // 4,000 / 2,000 = 2; 2 / 2.4 = 83.33 %
      ['roas', '2.40x', '2.00x', 2, 83.3, '[ESTIMATED]'],
      ['Newsletter sign-ups', '1,000', '350', 350, 35, '[MEASURED]'],
      ['MQLs', '200', 'DATA PENDING — ETA: 2026-03-25', null, 'DATA PENDING — ETA: 2026-03-25', '[PENDING]'],
      // 3,550.35 / 750 = 4.7338; 375,000 / 3,550.35 = 105.62 % → 105.6 %; 5 / 4.73 = 105.7 %, so the
      // actual is shown to a tenth of a cent: 5 / 4.734 = 105.6 %.
      ['cpc', '≤ $5.00', '$4.734', 4.734, 105.6, '[ESTIMATED]'],
    ]);
    expect(report.performance_vs_target[0]).toEqual(
      expect.objectContaining({ kpi_type: 'primary', direction: 'lower_is_better' }),
    );
  });

  it('escalates in words a CMO can act on', () => {
    expect(report.escalations.map((e) => [e.type, e.severity, e.task_id ?? e.metric ?? null])).toEqual([
      ['performance', 'critical', 'cpa'],
      ['blocker', 'critical', 'T3'],
      ['timeline', 'critical', 'T5'],
      ['performance', 'high', 'Newsletter sign-ups'],
      ['budget', 'high', null],
      ['blocker', 'medium', 'T10'],
    ]);
    const [cpa] = report.escalations;
    // CPA per channel: LinkedIn 2,000 / 10 = 200, Search 1,100.25 / 12.5 = 88.02, Display has none
    expect(cpa?.description).toBe(
      "Primary KPI CPA is at 44.4% of its target ($157.79, estimated, against $70.00) with 60.0% of the campaign's time gone; KPIs below 50% of target after the midpoint are escalated.",
    );
    expect(cpa?.recommended_action).toBe(
      // Search 12.5 conversions for $1,100.25 against LinkedIn 10 for $2,000: 2.27× per dollar,
      // se = √(1/12.5 + 1/10) = 0.4243, p = 0.053 (0.053 after Holm over 3 tests): not significant.
      // Interval 2.27 × e^(±0.8316) = 0.99–5.2; at α = 0.05 / 3 it needs (2.394 / 1.934)² = 1.53 × the
      // 660 clicks: 351 more → 360 shown. Display (90 clicks) is under the 100-click minimum.
      'Decide this week how to bring CPA back on course. No channel is clearly better on CPA yet: Google Ads – Search against LinkedIn is about 2× (95% interval 0.98–5.3×), and about 360 more clicks are needed to tell. If $70.00 is out of reach, agree a revised target with the CMO.',
    );
    expect(report.escalations[2]?.description).toBe(
      'Task T5 “A/B test headlines” failed after 3 attempts; it holds up 2 tasks: T6 “Roll out winning headline” and T11.',
    );
  });

  it('lists blockers with ISO 8601 durations', () => {
    expect(report.blockers).toEqual([
      {
        task_id: 'T3',
        blocker: 'Waiting for legal sign-off',
        // blocked at 2026-03-17T21:00Z, 27 hours before the report
        duration: 'P1DT3H',
        proposed_resolution:
          'Clear “Waiting for legal sign-off”: name an owner and a date today (critical task); then start T4 “Launch LinkedIn ads”, which waits on it.',
        critical: true,
        blocked_since: '2026-03-17T21:00:00.000Z',
      },
      {
        task_id: 'T10',
        blocker: 'Data access',
        duration: 'unknown',
        proposed_resolution:
          'Clear “Data access”: name an owner and a date this week; nothing else waits on it. Record Blocked Since so the delay can be measured.',
        critical: false,
        blocked_since: null,
      },
    ]);
  });

  it('breaks the figures down per channel', () => {
    expect(report.channel_breakdown).toEqual([
      // CTR 360 / 12,000 = 3 %; conversion rate 10 / 360 = 2.78 %; CPA 200; ROAS 4,000 / 2,000 = 2
      {
        channel: 'LinkedIn',
        impressions: 12000,
        clicks: 360,
        conversions: 10,
        cost: 2000,
        revenue: 4000,
        ctr_pct: 3,
        conversion_rate_pct: 2.8,
        cpa: 200,
        roas: 2,
        label: '[MEASURED]',
        rows: 2,
        blank_rows: { impressions: 0, clicks: 0, conversions: 0, cost: 0 },
      },
      // CTR 300 / 6,000 = 5 %; 12.5 / 300 = 4.17 %; CPA 1,100.25 / 12.5 = 88.02
      {
        channel: 'Google Ads – Search',
        impressions: 6000,
        clicks: 300,
        conversions: 12.5,
        cost: 1100.25,
        revenue: null,
        ctr_pct: 5,
        conversion_rate_pct: 4.2,
        cpa: 88.02,
        roas: null,
        label: '[MEASURED]',
        rows: 1,
        blank_rows: { impressions: 0, clicks: 0, conversions: 0, cost: 0 },
      },
      // CTR 90 / 30,000 = 0.3 %; no conversion
      {
        channel: 'Display',
        impressions: 30000,
        clicks: 90,
        conversions: 0,
        cost: 450.1,
        revenue: null,
        ctr_pct: 0.3,
        conversion_rate_pct: 0,
        cpa: null,
        roas: null,
        label: '[ESTIMATED]',
        rows: 1,
        blank_rows: { impressions: 0, clicks: 0, conversions: 0, cost: 0 },
      },
    ]);
  });
});
