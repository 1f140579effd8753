import { metricText } from './metric-text';

describe('metricText', () => {
  test.each([
    ['cpa', 'CPA'],
    ['CPA', 'CPA'],
    ['conversion_rate', 'Conversion rate'],
    ['Conversion Rate', 'Conversion rate'],
    ['roas', 'ROAS'],
    [' MQLs ', 'MQLs'],
  ])('%s → %s', (metric, text) => expect(metricText(metric)).toBe(text));
});
