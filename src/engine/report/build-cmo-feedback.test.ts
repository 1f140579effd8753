import type { EscalationFinding } from '../analysis/campaign-analysis';
import type { CmoFeedbackContext } from '../feedback/feedback-context';
import { AS_OF, HOUR, analysis, kpi, row, task } from '../testing/analysis-fixture';
import { buildCmoFeedback } from './build-cmo-feedback';
import { cmoFeedbackSchema } from './output-schemas';

const ctx = (): CmoFeedbackContext => ({
  feedbackId: '00000000-0000-4000-8000-000000000002',
  reportId: '00000000-0000-4000-8000-000000000001',
  runId: 'run-1',
  warnings: [],
  rejections: [],
});

describe('buildCmoFeedback', () => {
  it('an empty campaign still gives a valid feedback with a learning and a recommendation', () => {
    const f = buildCmoFeedback(analysis(), ctx());
    expect(cmoFeedbackSchema.safeParse(f).success).toBe(true);
    expect(f.learnings).toHaveLength(1);
    expect(f.learnings[0]).toMatch(/^\[INFERENCE\] /);
    expect(f.recommendations.length).toBeGreaterThan(0);
    expect(f.metrics.cost).toBe('DATA PENDING — ETA: 2026-11-17');
    expect(f.confidence_in_data).toBe(0);
    expect(f.data_as_of).toBeNull();
    expect(f.execution_result).toBe(
      'Status: on track. Tasks: 0 of 0 completed (0.0%), 0 in progress, 0 blocked, 0 failed. Budget: $0.00 of $5,000.00 spent (0.0%). Primary KPI: none set. Escalations: 0.',
    );
  });

  it('states status, tasks, budget, primary KPI and escalations in numbers', () => {
    const tasks = [
      task('T1', { status: 'completed' }),
      task('T2', { status: 'completed' }),
      task('T3', { status: 'in_progress' }),
      task('T4', { status: 'blocked', blockedSince: AS_OF - 30 * HOUR, critical: true }),
      task('T5', { status: 'failed', attempts: 3 }),
      task('T6'),
    ];
    const primary = kpi({ metric: 'conversions', target: 50, actual: 23, primary: true });
    const escalations: EscalationFinding[] = [
      {
        type: 'blocker',
        severity: 'critical',
        code: 'task_blocked_too_long',
        task: tasks[3] ?? task('x'),
        blockedMs: 30 * HOUR,
      },
      {
        type: 'timeline',
        severity: 'medium',
        code: 'task_failed',
        task: tasks[4] ?? task('x'),
        impactedTaskIds: [],
      },
      {
        type: 'performance',
        severity: 'critical',
        code: 'kpi_below_threshold',
        kpi: primary,
        thresholdPct: 50,
      },
    ];
    const rows = [
      row('Search', { date: '2026-11-15', impressions: 15000, clicks: 450, conversions: 23, cost: 2100 }),
    ];
    const a = analysis({ tasks, kpis: [primary], rows, escalations, overallStatus: 'at_risk' });
    const f = buildCmoFeedback(a, ctx());
    // 2 / 6 = 33.3 %; 2,100 / 5,000 = 42.0 %; 23 / 50 = 46.0 %.
    expect(f.execution_result).toBe(
      'Status: at risk. Tasks: 2 of 6 completed (33.3%), 1 in progress, 1 blocked, 1 failed. Budget: $2,100.00 of $5,000.00 spent (42.0%). Primary KPI conversions: 23 against target 50 (46.0%). Escalations: 3 (2 critical, 1 medium).',
    );
    expect(cmoFeedbackSchema.safeParse(f).success).toBe(true);
    expect(f.issues.map((i) => i.severity)).toEqual([9, 9, 5]);
    expect(f.data_as_of).toBe('2026-11-15');
    // K = 1, M = 1, F = 1 (yesterday's data) → 100.
    expect(f.confidence_in_data).toBe(100);
    expect(f.metric_labels).toEqual({
      impressions: '[MEASURED]',
      clicks: '[MEASURED]',
      conversions: '[MEASURED]',
      cost: '[MEASURED]',
      ctr: '[MEASURED]',
      conversion_rate: '[MEASURED]',
      cpa: '[MEASURED]',
      roas: '[PENDING]',
    });
  });

  it('a pending primary KPI prints DATA PENDING in the summary', () => {
    const a = analysis({ kpis: [kpi({ metric: 'revenue', target: 900, primary: true, eta: '2026-11-20' })] });
    expect(buildCmoFeedback(a, ctx()).execution_result).toContain(
      'Primary KPI revenue: DATA PENDING — ETA: 2026-11-20 against target 900.',
    );
  });
});
