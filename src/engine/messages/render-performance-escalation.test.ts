import { makeKpi, makeRow } from '../testing/fixtures';
import { analyzeParts, findingOf } from '../testing/analyze-parts';
import { renderPerformanceEscalation } from './render-performance-escalation';

describe('renderPerformanceEscalation', () => {
  it('words an unbounded primary CPA and asks to check tracking first', () => {
    const a = analyzeParts({
      kpis: [makeKpi('CPA', '$80', { type: 'primary' })],
      channelMetrics: [makeRow('Meta', { impressions: 20000, clicks: 300, cost: 1200 })],
    });
    const t = renderPerformanceEscalation(findingOf(a, 'kpi_below_threshold'), a);
    expect(t.description).toBe(
      "Primary KPI CPA has no conversions yet ($1,200.00 spent) against a target of $80.00 with 66.7% of the campaign's time gone; KPIs below 50% of target after the midpoint are escalated.",
    );
    expect(t.recommendedAction).toBe(
      'Decide this week how to bring CPA back on course. First check that conversion tracking works: no conversions yet ($1,200.00 spent). If $80.00 is out of reach, agree a revised target with the CMO.',
    );
  });

  it('names the best and worst channel of a secondary KPI when they differ significantly', () => {
    // CTR: Search 300 / 10,000 = 3 %, Display 120 / 120,000 = 0.1 %, Email 50 / 500 = 10 % but only
    // 50 clicks (< Min Clicks For Comparison 100), so it is not compared.
    // Total 470 / 130,500 = 0.36015 % against 2 %: 18.0 % of target; shown 0.36 % (0.36 / 2 = 18.0 %,
    // where 0.4 / 2 would be 20.0 %).
    // Search against Display: 30×; Katz se² = 1/300 − 1/10,000 + 1/120 − 1/120,000 = 0.011558,
    // se = 0.1075: 30 × e^(±0.2107) = 24.3–37.0, spanning less than 2× → two figures, bounds rounded
    // outwards: 24–38.
    const a = analyzeParts({
      kpis: [makeKpi('CTR', '2%'), makeKpi('cost', 10_000, { type: 'primary' })],
      channelMetrics: [
        makeRow('Search', { impressions: 10000, clicks: 300, cost: 100 }),
        makeRow('Display', { impressions: 120000, clicks: 120, cost: 100, source: 'estimated' }),
        makeRow('Email', { impressions: 500, clicks: 50, cost: 10 }),
      ],
    });
    const t = renderPerformanceEscalation(findingOf(a, 'kpi_below_threshold'), a);
    expect(t.description).toBe(
      "Secondary KPI CTR is at 18.0% of its target (0.36%, estimated, against 2.0%) with 66.7% of the campaign's time gone; KPIs below 50% of target after the midpoint are escalated.",
    );
    expect(t.recommendedAction).toBe(
      "Review at the next check-in how to bring CTR back on course. Search's CTR is about 30× Display's (95% interval 24–38×): move budget from Display to Search and rework the targeting or creative on Display. If 2.0% is out of reach, agree a revised target with the CMO.",
    );
  });
});
