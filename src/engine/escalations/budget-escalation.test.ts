import type { BudgetFigures } from '../analysis/campaign-analysis';
import { Dec } from '../money/decimal';
import { makeSettings } from '../testing/fixtures';
import { budgetEscalation } from './budget-escalation';

function budget(spent: string, allocated = '5000'): BudgetFigures {
  const s = new Dec(spent);
  const a = new Dec(allocated);
  return {
    currency: 'USD',
    allocated: a,
    spent: s,
    remaining: a.minus(s),
    utilizationPct: a.isZero() ? new Dec(0) : s.div(a).times(100),
    spentSource: 'budget_spent_cell',
  };
}

describe('budgetEscalation', () => {
  it.each<[string, string, string, string | null]>([
    // 80 % of 5,000 is 4,000: the flag is spent > 4,000 with completion < 50 %
    ['3999.99', '5000', '40', null],
    ['4000', '5000', '40', null],
    ['4000.01', '5000', '40', 'high'],
    ['4500', '5000', '49.9', 'high'],
    ['4500', '5000', '50', null],
    ['4500', '5000', '50.1', null],
    ['4999.99', '5000', '10', 'high'],
    ['5000', '5000', '10', 'critical'],
    ['6000', '5000', '10', 'critical'],
    ['0', '0', '0', null],
    ['10', '0', '0', 'critical'],
  ])('spent %s of %s at %s %% complete → %s', (spent, allocated, completion, severity) => {
    const found = budgetEscalation(
      budget(spent, allocated),
      { completionRatePct: new Dec(completion) },
      makeSettings(),
    );
    expect(found?.severity ?? null).toBe(severity);
  });

  it('uses the Budget Flag settings', () => {
    const settings = makeSettings({ budgetFlagSpentPct: 50, budgetFlagCompletionPct: 90 });
    const found = budgetEscalation(budget('2600'), { completionRatePct: new Dec(80) }, settings);
    expect(found).toEqual(
      expect.objectContaining({ type: 'budget', code: 'budget_ahead_of_progress', severity: 'high' }),
    );
    if (found?.code !== 'budget_ahead_of_progress') throw new Error('budget finding expected');
    expect([found.spentPct.toString(), found.completionRatePct.toString()]).toEqual(['52', '80']);
  });
});
