import { analysis, row } from '../testing/analysis-fixture';
import { feedbackMetrics } from './feedback-metrics';

const PENDING = 'DATA PENDING — ETA: 2026-11-17';

describe('feedbackMetrics', () => {
  it('totals the rows and rounds each figure once', () => {
    // Source example: 15,000 impressions, 450 clicks, 23 conversions, cost 2,100.
    // ctr = 450 / 15000 × 100 = 3.0; conversion_rate = 23 / 450 × 100 = 5.111… → 5.1;
    // cpa = 2100 / 23 = 91.304… → 91.30; roas = 5040 / 2100 = 2.4.
    const a = analysis({
      rows: [
        row('LinkedIn', { impressions: 10000, clicks: 300, conversions: 15, cost: 1400.005, revenue: 3360 }),
        row('Display', { impressions: 5000, clicks: 150, conversions: 8, cost: 699.995, revenue: 1680 }),
      ],
    });
    const { metrics, labels } = feedbackMetrics(a);
    expect(metrics).toEqual({
      impressions: 15000,
      clicks: 450,
      conversions: 23,
      cost: 2100,
      ctr: 3,
      conversion_rate: 5.1,
      cpa: 91.3,
      roas: 2.4,
    });
    expect(new Set(Object.values(labels))).toEqual(new Set(['[MEASURED]']));
  });

  it('sums money exactly before rounding: 0.005 + 0.005 = 0.01, not 0.01 + 0.01', () => {
    const a = analysis({ rows: [row('A', { cost: 0.005 }), row('A', { cost: 0.005 })] });
    expect(feedbackMetrics(a).metrics.cost).toBe(0.01);
  });

  it.each([
    [
      'no rows',
      [],
      ['impressions', 'clicks', 'conversions', 'cost', 'ctr', 'conversion_rate', 'cpa', 'roas'],
    ],
    ['zero impressions', [row('A', { cost: 10 })], ['ctr', 'conversion_rate', 'cpa', 'roas']],
    ['no conversions, no revenue', [row('A', { impressions: 100, clicks: 5, cost: 10 })], ['cpa', 'roas']],
    [
      'revenue on rows without cost',
      [row('A', { impressions: 9, clicks: 1, conversions: 1, revenue: 50 })],
      ['roas'],
    ],
  ])('%s → DATA PENDING for exactly those figures', (_name, rows, pending) => {
    const { metrics, labels } = feedbackMetrics(analysis({ rows }));
    for (const [key, value] of Object.entries(metrics)) {
      const isPending = pending.includes(key);
      expect([key, value === PENDING]).toEqual([key, isPending]);
      expect([key, labels[key as keyof typeof labels] === '[PENDING]']).toEqual([key, isPending]);
    }
  });

  it('ROAS uses only the cost of rows that carry revenue: 300 / 100 = 3.00', () => {
    const a = analysis({
      rows: [row('A', { cost: 100, revenue: 300 }), row('A', { cost: 900, revenue: null })],
    });
    expect(feedbackMetrics(a).metrics.roas).toBe(3);
  });

  it('labels every figure [ESTIMATED] when one contributing row is estimated', () => {
    const a = analysis({
      rows: [
        row('A', { impressions: 1000, clicks: 10, cost: 5 }),
        row('B', { impressions: 10, clicks: 1, cost: 1, source: 'estimated' }),
      ],
    });
    const { labels } = feedbackMetrics(a);
    expect(labels.impressions).toBe('[ESTIMATED]');
    expect(labels.ctr).toBe('[ESTIMATED]');
    expect(labels.cpa).toBe('[PENDING]');
  });

  it('rounds money to the currency minor unit (JPY: 0 decimals)', () => {
    const a = analysis({
      campaign: { currency: 'JPY' },
      rows: [row('A', { impressions: 100, clicks: 10, conversions: 3, cost: 1000 })],
    });
    // 1000 / 3 = 333.33… → 333
    expect(feedbackMetrics(a).metrics.cpa).toBe(333);
  });
});
