import { HOUR, makeCampaign, makeKpi, makeRow, makeTask } from '../testing/fixtures';
import { DAY_20, analyzeParts } from '../testing/analyze-parts';
import { renderBlockerEscalation } from './render-blocker-escalation';
import { renderBudgetEscalation } from './render-budget-escalation';
import { renderEscalation } from './render-escalation';
import { renderFailedTaskEscalation } from './render-failed-task-escalation';
import { renderPerformanceEscalation } from './render-performance-escalation';

describe('renderEscalation', () => {
  it('words each kind of escalation with its own renderer', () => {
    const a = analyzeParts({
      campaigns: [makeCampaign({ budgetSpent: 4500 })],
      tasks: [
        makeTask('T1', { status: 'failed' }),
        makeTask('T2', { status: 'blocked', blockedSince: DAY_20 - 30 * HOUR }),
      ],
      kpis: [makeKpi('cpa', '$80', { type: 'primary' })],
      channelMetrics: [makeRow('Meta', { cost: 100 })],
    });
    expect(a.escalations.map((e) => e.code)).toEqual([
      'kpi_below_threshold',
      'budget_ahead_of_progress',
      'task_blocked_too_long',
      'task_failed',
    ]);
    for (const e of a.escalations) {
      const direct =
        e.code === 'kpi_below_threshold'
          ? renderPerformanceEscalation(e, a)
          : e.code === 'budget_ahead_of_progress'
            ? renderBudgetEscalation(e, a)
            : e.code === 'task_blocked_too_long'
              ? renderBlockerEscalation(e, a)
              : renderFailedTaskEscalation(e, a);
      expect(renderEscalation(e, a)).toEqual(direct);
      expect(direct.description.length).toBeGreaterThan(0);
      expect(direct.recommendedAction.length).toBeGreaterThan(0);
    }
  });
});
