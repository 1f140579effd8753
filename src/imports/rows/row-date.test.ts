import { rowDate } from './row-date';

const d = (date: string) => ({ kind: 'date' as const, date });
const pair = { kind: 'pair' as const, first: 3, second: 4, year: 2025 };
const missing = { kind: 'missing' as const };
const invalid = { kind: 'invalid' as const };

describe('row dates: the most specific date wins', () => {
  it.each([
    ['a day', d('2025-05-01'), null, null, { kind: 'date', date: { date: '2025-05-01' }, range: false }],
    [
      'a day over a reporting range',
      d('2025-05-03'),
      d('2025-05-01'),
      d('2025-05-31'),
      { kind: 'date', date: { date: '2025-05-03' }, range: false },
    ],
    [
      'a range alone: its first day, flagged',
      null,
      d('2025-05-01'),
      d('2025-05-31'),
      { kind: 'date', date: { date: '2025-05-01' }, range: true },
    ],
    [
      'a blank day falls back to the range',
      missing,
      d('2025-05-01'),
      d('2025-05-31'),
      { kind: 'date', date: { date: '2025-05-01' }, range: true },
    ],
    [
      'start = end',
      null,
      d('2025-05-01'),
      d('2025-05-01'),
      { kind: 'date', date: { date: '2025-05-01' }, range: false },
    ],
    [
      'a start alone',
      null,
      d('2025-05-01'),
      null,
      { kind: 'date', date: { date: '2025-05-01' }, range: false },
    ],
    ['the same pair twice', null, pair, pair, { kind: 'date', date: { pair }, range: false }],
    ['no start', null, missing, d('2025-05-31'), { kind: 'date', date: null, range: false }],
    ['no date column', null, null, null, { kind: 'date', date: null, range: false }],
    ['a bad day', invalid, d('2025-05-01'), null, { kind: 'invalid', which: 'day' }],
    ['a bad start', null, invalid, null, { kind: 'invalid', which: 'start' }],
    ['a bad end', null, d('2025-05-01'), invalid, { kind: 'invalid', which: 'end' }],
  ])('%s', (_name, day, start, end, expected) => {
    expect(rowDate(day, start, end)).toEqual(expected);
  });
});
