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

  it('names the best and worst channel of a secondary KPI', () => {
    // CTR: Search 300 / 10,000 = 3 %, Display 30 / 30,000 = 0.1 %; total 330 / 40,000 = 0.825 %
    // against 2 %: 41.25 % of target
    const a = analyzeParts({
      kpis: [makeKpi('CTR', '2%'), makeKpi('cost', 10_000, { type: 'primary' })],
      channelMetrics: [
        makeRow('Search', { impressions: 10000, clicks: 300, cost: 100 }),
        makeRow('Display', { impressions: 30000, clicks: 30, cost: 100, source: 'estimated' }),
      ],
    });
    const t = renderPerformanceEscalation(findingOf(a, 'kpi_below_threshold'), a);
    expect(t.description).toBe(
      "Secondary KPI CTR is at 41.3% of its target (0.8%, estimated, against 2.0%) with 66.7% of the campaign's time gone; KPIs below 50% of target after the midpoint are escalated.",
    );
    expect(t.recommendedAction).toBe(
      'Review at the next check-in how to bring CTR back on course. Search does best on CTR (3.0%) and Display worst (0.1%): shift budget from Display to Search and rework the targeting or creative on Display. If 2.0% is out of reach, agree a revised target with the CMO.',
    );
  });
});
