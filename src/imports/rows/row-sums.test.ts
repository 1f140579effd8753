import { METRIC_SLOT, RowSums } from './row-sums';

describe('row sums', () => {
  it('sums exactly per channel, ad campaign and day, and holds both readings of ambiguous cells', () => {
    const s = new RowSums();
    const brand = s.at('Search', 'Brand', { date: '2025-05-01' }, 2);
    brand.addText(METRIC_SLOT.cost, '0.1');
    brand.addEitherWay(METRIC_SLOT.clicks, { point: '1', comma: '1' });
    s.at('Search', 'Brand', { date: '2025-05-01' }, 3);
    brand.addMicros(METRIC_SLOT.cost, 200_000);
    brand.addEitherWay(METRIC_SLOT.clicks, { point: '1234', comma: '1.234' });
    s.at('Search', 'Generic', { date: '2025-05-01' }, 4).addText(METRIC_SLOT.cost, '5');
    s.at('Display', null, { date: '2025-05-01' }, 5);
    const [b, generic, display] = [...s.entries()];
    expect(s.size).toBe(3);
    expect(b?.sourceRows).toBe(2);
    // 0.1 + 0.2 is exactly 0.3; clicks are 1 + 1234 with a decimal point, 1 + 1.234 with a comma.
    expect(b?.total('cost', 'point')).toBe(0.3);
    expect(b?.total('clicks', 'point')).toBe(1235);
    expect(b?.total('clicks', 'comma')).toBe(2.234);
    expect(b?.total('revenue', 'point')).toBeNull();
    expect(generic?.total('cost', 'point')).toBe(5);
    expect([display?.adCampaign, display?.firstLine, display?.total('cost', 'point')]).toEqual([
      null,
      5,
      null,
    ]);
  });

  it('keeps sums beyond what millionths hold exact, and values with more decimals', () => {
    const s = new RowSums();
    const sum = s.at('X', null, null, 1);
    sum.addText(METRIC_SLOT.conversions, '0.3333333');
    sum.addText(METRIC_SLOT.conversions, '0.6666667');
    sum.addMicros(METRIC_SLOT.impressions, 9_000_000_000_000_000);
    sum.addMicros(METRIC_SLOT.impressions, 9_000_000_000_000_000);
    expect(sum.total('conversions', 'point')).toBe(1);
    expect(sum.total('impressions', 'point')).toBe(18_000_000_000);
  });
});
