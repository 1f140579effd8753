import { countOf } from './count-of';

describe('countOf', () => {
  it.each([
    [0, 'error', undefined, '0 errors'],
    [1, 'error', undefined, '1 error'],
    [2, 'status change', undefined, '2 status changes'],
    [1, 'campaign', undefined, '1 campaign'],
    [3, 'entry', 'entries', '3 entries'],
  ])('%d %s', (n, singular, plural, text) => {
    expect(countOf(n, singular, plural)).toBe(text);
  });
});
