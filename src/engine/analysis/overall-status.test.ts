import { Dec } from '../money/decimal';
import type { OverallStatus, TaskStatus, TimelineAdherence } from '../model/statuses';
import { parseTarget } from '../metrics/parse-target';
import { makeKpi, makeSettings, makeTask } from '../testing/fixtures';
import type { EscalationFinding, KpiFigure } from './campaign-analysis';
import { taskCounts } from '../metrics/task-counts';
import { overallStatus } from './overall-status';

function primaryAt(pct: string | null): KpiFigure {
  const target = parseTarget('$80');
  if (target === null) throw new Error('target');
  return {
    kpiIndex: 0,
    kpi: makeKpi('cpa', '$80', { type: 'primary' }),
    metric: 'cpa',
    derived: 'cpa',
    target,
    direction: 'lower_is_better',
    actual:
      pct === null
        ? { kind: 'pending', eta: '2026-04-01' }
        : { kind: 'unbounded', what: 'no_conversions', spent: new Dec(1200) },
    pctOfTarget: pct === null ? null : new Dec(pct),
    label: pct === null ? '[PENDING]' : '[MEASURED]',
    isPrimary: true,
    gaps: [],
  };
}

const escalation = (severity: EscalationFinding['severity']): EscalationFinding => ({
  type: 'budget',
  severity,
  code: 'budget_ahead_of_progress',
  spentPct: new Dec(90),
  completionRatePct: new Dec(10),
});

interface Case {
  statuses: Array<TaskStatus | `${TaskStatus}!`>;
  adherence?: TimelineAdherence;
  ended?: boolean;
  primaryPct?: string | null;
  severities?: Array<EscalationFinding['severity']>;
}

function status(c: Case): OverallStatus {
  const tasks = c.statuses.map((s, i) =>
    makeTask(`T${i}`, { status: s.replace('!', '') as TaskStatus, critical: s.endsWith('!') }),
  );
  return overallStatus({
    counts: taskCounts(tasks),
    tasks,
    kpis: c.primaryPct === undefined ? [] : [primaryAt(c.primaryPct)],
    timeline: { adherence: c.adherence ?? 'on_track', phase: c.ended === true ? 'ended' : 'running' },
    escalations: (c.severities ?? []).map(escalation),
    settings: makeSettings(),
  });
}

describe('overallStatus', () => {
  it.each<[string, Case, OverallStatus]>([
    ['all completed', { statuses: ['completed', 'completed'] }, 'completed'],
    ['completed or cancelled', { statuses: ['completed', 'cancelled'] }, 'completed'],
    [
      'completed wins over a missed KPI after the end',
      { statuses: ['completed'], ended: true, primaryPct: '10' },
      'completed',
    ],
    ['all cancelled is not completed', { statuses: ['cancelled', 'cancelled'] }, 'on_track'],
    ['no tasks is not completed', { statuses: [] }, 'on_track'],
    ['a critical task failed', { statuses: ['completed', 'failed!'] }, 'failed'],
    ['a non-critical failure is not failed', { statuses: ['completed', 'failed'] }, 'on_track'],
    [
      'ended with the primary KPI below 50 %',
      { statuses: ['in_progress'], ended: true, primaryPct: '49.9' },
      'failed',
    ],
    [
      'ended with the primary KPI at 50 %',
      { statuses: ['in_progress'], ended: true, primaryPct: '50' },
      'on_track',
    ],
    [
      'ended with the primary KPI pending',
      { statuses: ['in_progress'], ended: true, primaryPct: null },
      'on_track',
    ],
    [
      'the primary KPI below 50 % before the end',
      { statuses: ['in_progress'], primaryPct: '10' },
      'on_track',
    ],
    ['failed wins over delayed', { statuses: ['failed!'], adherence: 'delayed' }, 'failed'],
    ['delayed', { statuses: ['in_progress'], adherence: 'delayed', severities: ['critical'] }, 'delayed'],
    ['at risk by adherence', { statuses: ['in_progress'], adherence: 'at_risk' }, 'at_risk'],
    [
      'at risk by a critical escalation',
      { statuses: ['in_progress'], severities: ['medium', 'critical'] },
      'at_risk',
    ],
    ['at risk by a high escalation', { statuses: ['in_progress'], severities: ['high'] }, 'at_risk'],
    ['medium escalations only', { statuses: ['in_progress'], severities: ['medium'] }, 'on_track'],
  ])('%s → %s', (_name, c, expected) => {
    expect(status(c)).toBe(expected);
  });
});
