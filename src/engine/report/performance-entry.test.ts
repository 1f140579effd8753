import { analyzeCampaign } from '../analysis/analyze-campaign';
import { DAY, makeInput, makeKpi, makeRow, START } from '../testing/fixtures';
import { performanceEntry } from './performance-entry';

describe('performanceEntry', () => {
  const input = makeInput({
    kpis: [makeKpi('CPA', '$80', { type: 'primary' }), makeKpi('ROAS', '2.4x'), makeKpi('Leads', 'min 50')],
    channelMetrics: [makeRow('Meta', { impressions: 20000, clicks: 300, cost: 1200 })],
  });
  const campaign = input.campaigns[0];
  if (campaign === undefined) throw new Error('no campaign');
  const a = analyzeCampaign({ campaign, input, tasks: [], asOf: START + 5 * DAY });
  const [cpa, roas, leads] = a.kpis.map((k) => performanceEntry(k, a));

  it('shows an unbounded CPA as text, with no number and 0 % of target', () => {
    expect(cpa).toEqual({
      metric: 'cpa',
      target: '$80.00',
      actual: 'no conversions yet ($1,200.00 spent)',
      pct_of_target: 0,
      label: '[MEASURED]',
      kpi_type: 'primary',
      actual_value: null,
      direction: 'lower_is_better',
      data_gaps: [],
    });
  });

  it('shows pending figures as DATA PENDING with the default ETA (as of 2026-03-06 → 2026-03-07)', () => {
    expect(roas).toEqual(
      expect.objectContaining({
        target: '2.40x',
        actual: 'DATA PENDING — ETA: 2026-03-07',
        pct_of_target: 'DATA PENDING — ETA: 2026-03-07',
        label: '[PENDING]',
        actual_value: null,
      }),
    );
    expect(leads).toEqual(expect.objectContaining({ metric: 'Leads', target: '50', kpi_type: 'secondary' }));
  });
});
