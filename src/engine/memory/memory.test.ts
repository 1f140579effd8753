import { buildCmoFeedback } from '../report/build-cmo-feedback';
import type { ExecutionStatusReport } from '../report/output-schemas';
import { analysis, kpi, task } from '../testing/analysis-fixture';
import { campaignSnapshot } from './campaign-snapshot';
import { newLearnings } from './new-learnings';

const a = analysis({
  kpis: [kpi({ metric: 'conversions', target: 100, actual: 46, primary: true })],
  tasks: [task('T1', { status: 'completed', estimatedHours: 2, actualHours: 3 })],
});
const feedback = buildCmoFeedback(a, {
  feedbackId: '00000000-0000-4000-8000-000000000002',
  reportId: '00000000-0000-4000-8000-000000000001',
  runId: 'run-7',
  warnings: [],
  rejections: [],
});
const report: ExecutionStatusReport = {
  report_id: '00000000-0000-4000-8000-000000000001',
  campaign_id: 'C1',
  timestamp: '2026-11-16T00:00:00.000Z',
  overall_status: 'at_risk',
  task_summary: { total: 1, completed: 1, in_progress: 0, pending: 0, blocked: 0, failed: 0, cancelled: 0 },
  budget_status: { allocated: 5000, spent: 0, remaining: 5000, utilization_pct: 0, currency: 'USD' },
  performance_vs_target: [],
  escalations: [],
  blockers: [],
  run_id: 'run-7',
  mission_id: 'M1',
  campaign_name: 'Winter launch',
  task_completion_rate_pct: 100,
  timeline_adherence: 'on_track',
  elapsed_pct: 50,
  completed_tasks: [],
  channel_breakdown: [],
  phase: 'running',
  channel_comparisons: [],
  ad_campaign_comparisons: [],
  channel_efficiency: { basis: 'cpa', campaign_value: null, channels: [] },
  forecast: null,
  anomalies: [],
  data_gaps: [],
};

describe('memory entries', () => {
  it('a snapshot takes status, tasks and budget from the report and metrics from the feedback', () => {
    expect(campaignSnapshot(report, feedback)).toEqual({
      recorded_at: '2026-11-16T00:00:00.000Z',
      run_id: 'run-7',
      campaign_id: 'C1',
      mission_id: 'M1',
      campaign_name: 'Winter launch',
      report_id: report.report_id,
      feedback_id: feedback.feedback_id,
      overall_status: 'at_risk',
      timeline_adherence: 'on_track',
      task_summary: report.task_summary,
      budget_status: report.budget_status,
      metrics: feedback.metrics,
      confidence_in_data: feedback.confidence_in_data,
    });
  });

  it('appends only learnings memory does not hold for that campaign', () => {
    // pace, projection, estimate accuracy.
    expect(feedback.learnings).toHaveLength(3);
    const [first, second, third] = feedback.learnings;
    const known = [
      { campaignId: 'C1', learning: first ?? '' },
      { campaignId: 'C2', learning: second ?? '' },
    ];
    const entries = newLearnings(feedback, known);
    expect(entries.map((e) => e.learning)).toEqual([second, third]);
    expect(entries.map((e) => e.label)).toEqual(['[ESTIMATED]', '[MEASURED]']);
    expect(entries[0]).toMatchObject({ recorded_at: '2026-11-16T00:00:00.000Z', run_id: 'run-7', campaign_id: 'C1', mission_id: 'M1' });
  });

  it('the same text twice in one feedback is appended once', () => {
    const twice = { ...feedback, learnings: ['[MEASURED] a', '[MEASURED] a'] };
    expect(newLearnings(twice, [])).toHaveLength(1);
    expect(newLearnings(twice, [{ campaignId: 'C1', learning: '[MEASURED] a' }])).toEqual([]);
  });
});
