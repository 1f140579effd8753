import type { EscalationFinding } from '../../analysis/campaign-analysis';
import { warning } from '../../issues/issue';
import type { Rejection } from '../../issues/rejection';
import { Dec } from '../../money/decimal';
import { renderFeedbackIssue } from '../../messages/render-feedback-issue';
import { AS_OF, HOUR, analysis, kpi, task, type AnalysisFixture } from '../../testing/analysis-fixture';
import { recommendationFindings } from '../recommendations/recommendations';
import { issueFindings } from './issue-findings';

const conversions = kpi({ metric: 'conversions', target: 100, actual: 20, primary: true });
const ctr = kpi({ metric: 'ctr', target: 3, targetText: '3%', unit: 'percent', actual: 1.2 });
const perf = (k = conversions, severity: 'critical' | 'high' = 'critical'): EscalationFinding => ({
  type: 'performance',
  severity,
  code: 'kpi_below_threshold',
  kpi: k,
  thresholdPct: 50,
});
const blockedTask = (over = {}) =>
  task('T4', {
    title: 'Landing page',
    status: 'blocked',
    blockedSince: AS_OF - 30 * HOUR,
    blocker: 'Legal review',
    ...over,
  });
const blockerEsc = (t: ReturnType<typeof task>, severity: 'critical' | 'medium'): EscalationFinding => ({
  type: 'blocker',
  severity,
  code: 'task_blocked_too_long',
  task: t,
  blockedMs: t.blockedSince === null ? null : AS_OF - t.blockedSince,
});

function issues(
  f: AnalysisFixture,
  warnings = [] as Parameters<typeof issueFindings>[1],
  rejections: Rejection[] = [],
) {
  const a = analysis(f);
  return issueFindings(a, warnings, rejections, recommendationFindings(a)).map(renderFeedbackIssue);
}

describe('severity from escalations (critical 9, high 7, medium 5; ±1 by impact)', () => {
  it.each<[string, AnalysisFixture, number]>([
    // 20 % of target < 25 % (half the 50 % threshold): +1.
    ['primary KPI far below threshold', { kpis: [conversions], escalations: [perf()] }, 10],
    // 1.2 / 3 = 40 %: not below 25 %, no shift.
    ['secondary KPI below threshold', { kpis: [ctr], escalations: [perf(ctr, 'high')] }, 7],
    [
      'budget ahead of progress, money left',
      {
        spent: 4200,
        escalations: [
          {
            type: 'budget',
            severity: 'high',
            code: 'budget_ahead_of_progress',
            spentPct: new Dec(84),
            completionRatePct: new Dec(25),
          },
        ],
      },
      7,
    ],
    [
      'budget exhausted: +1',
      {
        spent: 5100,
        escalations: [
          {
            type: 'budget',
            severity: 'critical',
            code: 'budget_ahead_of_progress',
            spentPct: new Dec(102),
            completionRatePct: new Dec(25),
          },
        ],
      },
      10,
    ],
    [
      'critical blocked task that others wait on: +1',
      {
        tasks: [blockedTask({ critical: true }), task('T5', { dependsOn: ['T4'] })],
        escalations: [blockerEsc(blockedTask({ critical: true }), 'critical')],
      },
      10,
    ],
    [
      'critical blocked task nothing waits on',
      {
        tasks: [blockedTask({ critical: true })],
        escalations: [blockerEsc(blockedTask({ critical: true }), 'critical')],
      },
      9,
    ],
    [
      'ordinary blocked task nothing waits on: −1',
      { tasks: [blockedTask()], escalations: [blockerEsc(blockedTask(), 'medium')] },
      4,
    ],
  ])('%s', (_name, fixture, severity) => {
    expect(issues(fixture)[0]?.severity).toBe(severity);
  });

  it('words a KPI escalation with its numbers', () => {
    expect(issues({ kpis: [conversions], escalations: [perf()] })[0]).toEqual({
      description:
        'Primary KPI conversions is at 20.0% of its 100 target (actual 20) with 50.0% of the time elapsed',
      severity: 10,
      impact: 'below the 50% performance threshold after the campaign midpoint',
      resolution:
        'change what drives conversions (channel mix, creative, targeting) or revise its target with the CMO',
    });
  });

  it('words a budget escalation: 4,200 of 5,000 = 84.0 %, 800 left for 3 open tasks', () => {
    const tasks = [
      task('T1', { status: 'completed' }),
      task('T2'),
      task('T3'),
      task('T4', { status: 'in_progress' }),
    ];
    const esc: EscalationFinding = {
      type: 'budget',
      severity: 'high',
      code: 'budget_ahead_of_progress',
      spentPct: new Dec(84),
      completionRatePct: new Dec(25),
    };
    expect(issues({ tasks, spent: 4200, escalations: [esc] })[0]).toMatchObject({
      description: '84.0% of the budget spent ($4,200.00 of $5,000.00) with 25.0% of tasks completed',
      impact: '$800.00 remains for 3 open tasks',
    });
  });

  it('words a blocker with its duration, blocker and waiting tasks', () => {
    const t = blockedTask({ critical: true });
    const f: AnalysisFixture = {
      tasks: [t, task('T5', { dependsOn: ['T4'] }), task('T6', { dependsOn: ['T5'] })],
      escalations: [blockerEsc(t, 'critical')],
    };
    expect(issues(f)[0]).toEqual({
      description: 'Critical task T4 “Landing page” blocked for 1 day 6 hours: “Legal review”',
      severity: 10,
      impact: 'T5 and T6 wait on it',
      resolution: 'resolve the blocker and set T4 back to in_progress, or cancel it with a reason',
    });
  });
});

describe('failed tasks', () => {
  const failed = task('T7', { title: 'Webinar', status: 'failed', critical: false, attempts: 3 });
  it.each<[string, AnalysisFixture, { severity: number; impact: string }]>([
    [
      'escalated, with a dependent: medium 5 + 1',
      {
        tasks: [failed, task('T8', { dependsOn: ['T7'] })],
        escalations: [
          {
            type: 'timeline',
            severity: 'medium',
            code: 'task_failed',
            task: failed,
            impactedTaskIds: ['T8'],
          },
        ],
      },
      { severity: 6, impact: 'T8 depends on it' },
    ],
    [
      'escalated, nothing depends on it',
      {
        tasks: [failed],
        escalations: [
          { type: 'timeline', severity: 'medium', code: 'task_failed', task: failed, impactedTaskIds: [] },
        ],
      },
      { severity: 5, impact: 'no open task depends on it' },
    ],
    [
      'not escalated: still an issue (critical because it blocks T8, + 1)',
      { tasks: [failed, task('T8', { dependsOn: ['T7'] }), task('T9', { dependsOn: ['T8'] })] },
      { severity: 10, impact: 'T8 and T9 depend on it' },
    ],
  ])('%s', (_name, fixture, expected) => {
    const [first, ...rest] = issues(fixture);
    expect(first).toMatchObject({ description: 'Task T7 “Webinar” failed after 3 attempts', ...expected });
    expect(rest).toEqual([]);
  });
});

describe('pending data, warnings, rejected updates', () => {
  it('a KPI without data is severity 3', () => {
    expect(issues({ kpis: [kpi({ metric: 'revenue', target: 1000, eta: '2026-11-20' })] })).toEqual([
      {
        description: 'Secondary KPI revenue has no data yet (ETA 2026-11-20)',
        severity: 3,
        impact: 'the percent of target of revenue cannot be measured until then',
        resolution:
          "fill the KPI's Actual column or add the ChannelMetrics rows it is derived from by 2026-11-20",
      },
    ]);
  });

  it.each([
    [warning(['tasks', 3, 'blockedSince'], { code: 'blocked_without_since', taskId: 'T4' }), 4],
    [warning(['kpis'], { code: 'primary_kpi_count', campaignId: 'C1', count: 0 }), 3],
    [warning(['settings', 'Colour'], { code: 'unknown_setting', key: 'Colour' }), 2],
  ])('warning %#', (w, severity) => {
    const [only] = issues({}, [w]);
    expect(only?.severity).toBe(severity);
  });

  it('summarises rejected updates in one issue, only when there are any', () => {
    expect(issues({}, [], [])).toEqual([]);
    const rejections: Rejection[] = [
      { code: 'illegal_transition', from: 'completed', to: 'pending' },
      { code: 'unmet_dependencies', dependencies: [{ taskId: 'T1', status: 'pending' }] },
      { code: 'illegal_transition', from: 'failed', to: 'completed' },
    ];
    expect(issues({}, [], rejections)).toEqual([
      {
        description: '3 task updates rejected (2 transition not allowed, 1 dependencies not completed)',
        severity: 3,
        impact: 'the task figures in this report do not include them',
        resolution:
          "read each rejected row's Outcome in TaskUpdates, correct it and enter it again as a new row",
      },
    ]);
  });

  it('lists the most severe first, ties in rule order', () => {
    const f: AnalysisFixture = {
      kpis: [kpi({ metric: 'revenue', target: 1000 }), ctr],
      escalations: [perf(ctr, 'high')],
    };
    const w = warning(['settings', 'Colour'], { code: 'unknown_setting', key: 'Colour' });
    const r: Rejection = { code: 'blocker_required' };
    expect(issues(f, [w], [r]).map((i) => [i.severity, i.description.slice(0, 20)])).toEqual([
      [7, 'Secondary KPI ctr is'],
      [3, 'Secondary KPI revenu'],
      [3, '1 task update rejecte'.slice(0, 20)],
      [2, 'unknown setting "Col'],
    ]);
  });
});
