import { makeCampaign, makeRow, makeTask } from '../testing/fixtures';
import { analyzeParts, findingOf } from '../testing/analyze-parts';
import { renderBudgetEscalation } from './render-budget-escalation';

describe('renderBudgetEscalation', () => {
  it('words a budget used up (critical) and one running ahead (high)', () => {
    const tasks = [
      makeTask('T1', { status: 'completed' }),
      makeTask('T2'),
      makeTask('T3'),
      makeTask('T4', { status: 'cancelled' }),
    ];
    const over = analyzeParts({ campaigns: [makeCampaign({ budgetSpent: 5250 })], tasks });
    // 5,250 / 5,000 = 105 %; 1 of 4 complete = 25 %; 2 tasks open (T2, T3)
    expect(renderBudgetEscalation(findingOf(over, 'budget_ahead_of_progress'), over)).toEqual({
      description:
        'The budget is used up: $5,250.00 spent of $5,000.00 (105.0%, $250.00 over) while only 25.0% of tasks are completed (1 of 4); budgets more than 80% spent with under 50% of tasks completed are escalated.',
      recommendedAction:
        'Stop or cap spending today, then ask the CMO either for extra budget to finish the 2 tasks still open or to cut that scope.',
    });
    const ahead = analyzeParts({
      campaigns: [makeCampaign({ budgetSpent: null })],
      tasks,
      channelMetrics: [makeRow('Meta', { cost: 3000 }), makeRow('Search', { cost: 1250.5 })],
    });
    // 4,250.50 / 5,000 = 85.01 %; 749.50 left
    expect(renderBudgetEscalation(findingOf(ahead, 'budget_ahead_of_progress'), ahead)).toEqual({
      description:
        '$4,250.50 of the $5,000.00 budget is spent (85.0%) while only 25.0% of tasks are completed (1 of 4); budgets more than 80% spent with under 50% of tasks completed are escalated.',
      recommendedAction:
        'Slow spending before the budget runs out: $749.50 is left for 2 tasks still open. Lower the daily caps (the largest spender is Meta with $3,000.00) until delivery catches up, or agree extra budget with the CMO.',
    });
  });
});
