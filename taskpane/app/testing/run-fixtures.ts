import type {
  CampaignOutcome,
  RunCommitted,
  RunPreview,
  TaskChangePreview,
  RejectedUpdatePreview,
} from '../../../src/excel/operator-actions';
import type { CmoFeedback, ExecutionStatusReport } from '../../../src/engine/report/output-schemas';
import type { AddressedIssue } from '../../../src/workbook/describe/describe-issues';

/**
 * A run as the Office host would answer it, for the pane's tests. The figures are consistent with
 * each other (checked by hand): budget 4,000.00 USD, 2,100.50 spent → 1,899.50 left, 52.5 % used;
 * 12,000 impressions, 360 clicks (CTR 3.0 %), 10 conversions (CPA 2,100.50 / 10 = 210.05).
 */
export const AS_OF = '2026-03-19T00:00:00.000Z';
export const RUN_ID = 'run-2026-03-19-0001';

export function sampleReport(campaignId = 'C-SPRING', name = 'Spring launch'): ExecutionStatusReport {
  return {
    report_id: '3f2a6c1e-8b4d-4e7a-9c2b-1d5e6f7a8b9c',
    campaign_id: campaignId,
    timestamp: AS_OF,
    overall_status: 'at_risk',
    task_summary: {
      total: 10,
      completed: 3,
      in_progress: 1,
      pending: 3,
      blocked: 2,
      failed: 1,
      cancelled: 0,
    },
    budget_status: {
      allocated: 4000,
      spent: 2100.5,
      remaining: 1899.5,
      utilization_pct: 52.5,
      currency: 'USD',
    },
    performance_vs_target: [
      {
        metric: 'CPA',
        target: '≤ $70.00',
        actual: '$210.05',
        pct_of_target: 33.3,
        label: '[MEASURED]',
        kpi_type: 'primary',
        actual_value: 210.05,
        direction: 'lower_is_better',
        data_gaps: [],
      },
      {
        metric: 'CTR',
        target: '2.0%',
        actual: '3.0%',
        pct_of_target: 150,
        label: '[MEASURED]',
        kpi_type: 'secondary',
        actual_value: 3,
        direction: 'higher_is_better',
        data_gaps: [],
      },
      {
        metric: 'MQLs',
        target: '200',
        actual: 'DATA PENDING — ETA: 2026-03-25',
        pct_of_target: 'DATA PENDING — ETA: 2026-03-25',
        label: '[PENDING]',
        kpi_type: 'secondary',
        actual_value: null,
        direction: 'higher_is_better',
        data_gaps: [],
      },
    ],
    escalations: [
      {
        type: 'blocker',
        description:
          'Legal review of claims (T3) has been blocked for 1 day 3 hours: Waiting for legal sign-off',
        severity: 'critical',
        recommended_action: 'Ask legal for a sign-off date today; Launch LinkedIn ads (T4) waits on it.',
        task_id: 'T3',
      },
      {
        type: 'performance',
        description: 'CPA is $210.05 against a target of ≤ $70.00 (33.3% of target).',
        severity: 'critical',
        recommended_action: 'Pause the channel with the highest CPA and move its spend to the lowest.',
        metric: 'CPA',
      },
      {
        type: 'timeline',
        description:
          'A/B test headlines (T5) failed after 3 attempts; Roll out winning headline (T6) depends on it.',
        severity: 'medium',
        recommended_action: 'Decide whether to rerun the test or roll out the current headline.',
        task_id: 'T5',
      },
    ],
    blockers: [
      {
        task_id: 'T3',
        blocker: 'Waiting for legal sign-off',
        duration: 'P1DT3H',
        proposed_resolution: 'Escalate to the legal lead with the launch date.',
        critical: true,
        blocked_since: '2026-03-17T21:00:00.000Z',
      },
      {
        task_id: 'T10',
        blocker: 'Data access',
        duration: 'unknown',
        proposed_resolution: 'Record when the task was blocked so its duration can be tracked.',
        critical: false,
        blocked_since: null,
      },
    ],
    run_id: RUN_ID,
    mission_id: 'M-1',
    campaign_name: name,
    task_completion_rate_pct: 30,
    timeline_adherence: 'at_risk',
    elapsed_pct: 60,
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
}

export function sampleFeedback(campaignId = 'C-SPRING'): CmoFeedback {
  return {
    feedback_id: '8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    mission_id: 'M-1',
    campaign_id: campaignId,
    timestamp: AS_OF,
    execution_result: 'At risk: 3 of 10 tasks completed at 60.0% of the campaign time; CPA is off target.',
    metrics: {
      impressions: 12000,
      clicks: 360,
      conversions: 10,
      cost: 2100.5,
      ctr: 3,
      conversion_rate: 2.8,
      cpa: 210.05,
      roas: 'DATA PENDING — ETA: 2026-03-20',
    },
    learnings: [
      '[MEASURED] LinkedIn reached a CTR of 3.0% on 360 clicks, 1.5 times the 2.0% target.',
      '[INFERENCE] Legal review is the recurring blocker: plan it a week earlier next time.',
    ],
    issues: [],
    recommendations: ['Move 25% of LinkedIn spend ($300.00) to Google Search, whose CPA is lower.'],
    confidence_in_data: 72,
    report_id: '3f2a6c1e-8b4d-4e7a-9c2b-1d5e6f7a8b9c',
    run_id: RUN_ID,
    currency: 'USD',
    metric_labels: { impressions: '[MEASURED]', roas: '[PENDING]' },
    data_as_of: '2026-03-18',
    phase: 'running',
    next_actions: [],
    data_gaps: [],
  };
}

export function sampleOutcome(campaignId = 'C-SPRING', name = 'Spring launch'): CampaignOutcome {
  return { campaignId, name, report: sampleReport(campaignId, name), feedback: sampleFeedback(campaignId) };
}

export const TASK_CHANGE: TaskChangePreview = {
  taskId: 'T8',
  title: 'Newsletter',
  from: 'in_progress',
  to: 'completed',
  reason: 'TaskUpdates row 4 marked it completed.',
};

export const REJECTED_UPDATE: RejectedUpdatePreview = {
  address: { sheet: 'TaskUpdates', row: 6, column: 1, a1: 'TaskUpdates!A6' },
  taskId: 'T4',
  newStatus: 'in_progress',
  reason: 'T4 cannot start while Legal review of claims (T3) is blocked.',
};

export const WARNING: AddressedIssue = {
  severity: 'warning',
  address: { sheet: 'KPIs', row: 5, column: 4, a1: 'KPIs!D5' },
  text: 'KPIs!D5: Target "lots" is not a number; the KPI is left out.',
};

export function samplePreview(overrides: Partial<RunPreview> = {}): RunPreview {
  return {
    kind: 'preview',
    asOf: AS_OF,
    runId: RUN_ID,
    campaigns: [sampleOutcome()],
    taskChanges: [TASK_CHANGE],
    rejectedUpdates: [REJECTED_UPDATE],
    warnings: [],
    ...overrides,
  };
}

export function sampleCommitted(preview: RunPreview = samplePreview()): RunCommitted {
  return {
    kind: 'committed',
    preview,
    sheets: preview.campaigns.map((c) => ({
      campaignId: c.campaignId,
      report: `Report ${c.campaignId} 2026-03-19`,
      feedback: `CMO Feedback ${c.campaignId} 2026-03-19`,
    })),
  };
}

export const INPUT_ERRORS: readonly AddressedIssue[] = [
  {
    severity: 'warning',
    address: { sheet: 'Settings', row: 3, column: 2, a1: 'Settings!B3' },
    text: 'Settings!B3: Time Zone is blank; UTC is used.',
  },
  {
    severity: 'error',
    address: { sheet: 'Tasks', row: 7, column: 4, a1: 'Tasks!D7' },
    text: 'Tasks!D7: Status "done" is not one of pending, in_progress, completed, blocked, failed, cancelled',
  },
  { severity: 'error', address: null, text: 'ChannelMetrics: the table is missing.' },
];
