import { analysis, row } from '../testing/analysis-fixture';
import { adCampaignComparisons } from './channel-judgement';

describe("the report's ad_campaign_comparisons", () => {
  it('lists every comparison made within a channel, significant or not, with its statistics', () => {
    const out = adCampaignComparisons(
      analysis({
        rows: [
          row('Search', { adCampaign: 'Brand', impressions: 11000, clicks: 880, conversions: 66, cost: 660 }),
          row('Search', {
            adCampaign: 'Generic',
            impressions: 20000,
            clicks: 400,
            conversions: 30,
            cost: 300,
          }),
          row('Display', { impressions: 50000, clicks: 500, conversions: 5, cost: 500 }),
        ],
      }),
    );
    // Conversion rate 7.5 % both: no difference. CPA $10 both. CTR 4×, significant.
    expect(out.map((c) => [c.channel, c.metric, c.better, c.worse, c.ratio, c.significant])).toEqual([
      ['Search', 'ctr', 'Brand', 'Generic', 4, true],
      ['Search', 'conversion_rate', 'Brand', 'Generic', 1, false],
      ['Search', 'cpa', 'Brand', 'Generic', 1, false],
    ]);
    expect(out[0]).toMatchObject({ better_value: 8, worse_value: 2, ratio_low: 3.56, ratio_high: 4.49 });
    expect(out[0]?.p_adjusted).toBeLessThan(0.05);
  });
});
