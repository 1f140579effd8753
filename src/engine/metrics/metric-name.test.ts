import { derivedMetricOf, normalizeMetricName } from './metric-name';

describe('metric names', () => {
  it.each<[string, string | null]>([
    ['Conversion Rate', 'conversion_rate'],
    ['conversion-rate', 'conversion_rate'],
    ['conversion_rate', 'conversion_rate'],
    ['CTR', 'ctr'],
    [' ROAS ', 'roas'],
    ['Engagement rate', 'engagement_rate'],
    ['Cost per conversion', 'cpa'],
    ['Cost / conv.', null],
    ['Spend', 'cost'],
    ['CVR', 'conversion_rate'],
    ['Impressions', 'impressions'],
    ['Newsletter sign-ups', null],
    ['MQLs', null],
    // Names of Object.prototype's members are metrics like any other.
    ['constructor', null],
    ['Constructor', null],
    ['__proto__', null],
    ['toString', null],
    ['hasOwnProperty', null],
  ])('%j → %j', (name, derived) => {
    expect(derivedMetricOf(name)).toBe(derived);
  });

  it('keeps other names as written, trimmed', () => {
    expect(normalizeMetricName(' Newsletter sign-ups ')).toBe('Newsletter sign-ups');
    expect(normalizeMetricName('Conversion Rate')).toBe('conversion_rate');
  });
});
