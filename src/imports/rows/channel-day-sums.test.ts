import { ChannelDaySums, metricTotal } from './channel-day-sums';

describe('channel-day sums', () => {
  it('sums exactly per channel and day, and holds both readings of ambiguous cells', () => {
    const s = new ChannelDaySums();
    s.add('Search', { date: '2025-05-01' }, 2, {
      cost: { point: '0.1', comma: null },
      clicks: { point: '1', comma: '1' },
    });
    s.add('Search', { date: '2025-05-01' }, 3, {
      cost: { point: '0.2', comma: null },
      clicks: { point: '1234', comma: '1.234' },
    });
    s.add('Display', { date: '2025-05-01' }, 4, { cost: { point: '5', comma: '5' } });
    const [search, display] = [...s.entries()];
    expect(s.size).toBe(2);
    expect(search?.sourceRows).toBe(2);
    // 0.1 + 0.2 is exactly 0.3; clicks are 1 + 1234 with a decimal point, 1 + 1.234 with a comma.
    expect(search && metricTotal(search, 'cost', 'point')?.toString()).toBe('0.3');
    expect(search && metricTotal(search, 'clicks', 'point')?.toString()).toBe('1235');
    expect(search && metricTotal(search, 'clicks', 'comma')?.toString()).toBe('2.234');
    expect(search && metricTotal(search, 'revenue', 'point')).toBeNull();
    expect(display?.firstLine).toBe(4);
  });
});
