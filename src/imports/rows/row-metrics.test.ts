import { readMetricCell } from './row-metrics';

describe('metric cells', () => {
  it.each([
    ['impressions', '1.234', { kind: 'value', value: { point: null, comma: '1234' } }],
    ['impressions', '1,234', { kind: 'value', value: { point: '1234', comma: null } }],
    ['conversions', '1,5', { kind: 'value', value: { point: null, comma: '1.5' } }],
    ['conversions', '25.75', { kind: 'value', value: { point: '25.75', comma: null } }],
    ['clicks', '1.5', { kind: 'invalid_number' }],
    ['cost', '-3', { kind: 'negative_number' }],
    ['cost', '-0', { kind: 'value', value: { point: '0', comma: '0' } }],
    ['cost', '--', { kind: 'missing' }],
    ['cost', 'free', { kind: 'invalid_number' }],
  ] as const)('%s %j', (metric, cell, expected) => {
    expect(readMetricCell(metric, cell)).toEqual(expected);
  });
});
