import { makeCampaign, makeRow, makeSettings } from '../testing/fixtures';
import { aggregateChannelMetrics } from './aggregate-channel-metrics';
import { budgetFigures } from './budget-figures';

const totals = aggregateChannelMetrics(
  [makeRow('A', { cost: 1000.1 }), makeRow('B', { cost: 1099.9 }), makeRow('B', { cost: 0.005 })],
  'C1',
).totals;

function figures(overrides: Parameters<typeof makeCampaign>[0], currency: string | null = null) {
  const b = budgetFigures(makeCampaign(overrides), totals, makeSettings({ currency }));
  return {
    currency: b.currency,
    allocated: b.allocated.toString(),
    spent: b.spent.toString(),
    remaining: b.remaining.toString(),
    utilization: b.utilizationPct.toString(),
    source: b.spentSource,
  };
}

describe('budgetFigures', () => {
  it.each([
    // spent = 1000.1 + 1099.9 + 0.005 = 2100.005 exactly; 2100.005 / 5000 × 100 = 42.0001
    [
      'blank Budget Spent: the sum of the rows',
      {},
      {
        allocated: '5000',
        spent: '2100.005',
        remaining: '2899.995',
        utilization: '42.0001',
        source: 'channel_metrics',
      },
    ],
    [
      'the Budget Spent cell wins',
      { budgetSpent: 2500 },
      { allocated: '5000', spent: '2500', remaining: '2500', utilization: '50', source: 'budget_spent_cell' },
    ],
    [
      'overspent: remaining is negative',
      { budgetSpent: 5200.5 },
      {
        allocated: '5000',
        spent: '5200.5',
        remaining: '-200.5',
        utilization: '104.01',
        source: 'budget_spent_cell',
      },
    ],
    [
      'nothing allocated, nothing spent',
      { budgetAllocated: 0, budgetSpent: 0 },
      { allocated: '0', spent: '0', remaining: '0', utilization: '0', source: 'budget_spent_cell' },
    ],
    [
      'nothing allocated, money spent',
      { budgetAllocated: 0, budgetSpent: 10 },
      { allocated: '0', spent: '10', remaining: '-10', utilization: '100', source: 'budget_spent_cell' },
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(figures(overrides)).toEqual({ currency: 'USD', ...expected });
  });

  it.each<[string | null, string | null, string]>([
    ['EUR', 'GBP', 'EUR'],
    [null, 'GBP', 'GBP'],
    [null, null, 'USD'],
  ])('campaign %s, settings %s → %s', (campaign, settings, expected) => {
    expect(figures({ currency: campaign }, settings).currency).toBe(expected);
  });
});
