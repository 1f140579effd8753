import { rowDate } from './row-date';

const d = (date: string) => ({ kind: 'date' as const, date });
const pair = { kind: 'pair' as const, first: 3, second: 4, year: 2025 };

describe('row dates', () => {
  it.each([
    ['a day', d('2025-05-01'), null, { kind: 'date', date: { date: '2025-05-01' } }],
    ['start = end', d('2025-05-01'), d('2025-05-01'), { kind: 'date', date: { date: '2025-05-01' } }],
    ['the same pair twice', pair, pair, { kind: 'date', date: { pair } }],
    ['a range', d('2025-05-01'), d('2025-05-31'), { kind: 'range' }],
    ['no start', { kind: 'missing' as const }, d('2025-05-31'), { kind: 'date', date: null }],
    ['a bad start', { kind: 'invalid' as const }, null, { kind: 'invalid', which: 'start' }],
    ['a bad end', d('2025-05-01'), { kind: 'invalid' as const }, { kind: 'invalid', which: 'end' }],
  ])('%s', (_name, start, end, expected) => {
    expect(rowDate(start, end)).toEqual(expected);
  });
});
