import { shortText } from './short-text';

describe('shortText', () => {
  it.each([
    ['  Cost per lead ', 'Cost per lead'],
    ['a\tb', 'a\\tb'],
    [` ${'x'.repeat(100)} `, `${'x'.repeat(60)}… (100 characters)`],
  ])('%j → %j', (text, expected) => {
    expect(shortText(text)).toBe(expected);
  });
});
