import { lookalikeLetters, normalizeId } from './id-text';

describe('normalizeId', () => {
  it.each([
    [' CMP-001\u200b ', 'CMP-001'],
    ['\ufeffCMP-001', 'CMP-001'],
    ['CMP\u2060-001\u00ad', 'CMP-001'],
    ['\u200eCMP-001\u200f', 'CMP-001'],
    ['CMP\u00a0001', 'CMP 001'],
    ['CMP\u202f001\u00a0', 'CMP 001'],
    ['Cafe\u0301', 'Caf\u00e9'],
    ['\u200b', ''],
    ['t-1', 't-1'],
  ])('%j is %j', (text, id) => {
    expect(normalizeId(text)).toBe(id);
  });
});

describe('lookalikeLetters', () => {
  it.each([
    ['\u0422-02', [['\u0422', 'Cyrillic', 'T']]],
    [
      '\u0421\u041c\u0420-001',
      [
        ['\u0421', 'Cyrillic', 'C'],
        ['\u041c', 'Cyrillic', 'M'],
        ['\u0420', 'Cyrillic', 'P'],
      ],
    ],
    ['T\u0430sk-1', [['\u0430', 'Cyrillic', 'a']]],
    ['CMP-\u0416', [['\u0416', 'Cyrillic', null]]],
    ['\u03a4-3', [['\u03a4', 'Greek', 'T']]],
    ['\uff34-2', [['\uff34', 'fullwidth', 'T']]],
    ['T\u0430\u0430sk', [['\u0430', 'Cyrillic', 'a']]],
  ])('%j has %j', (id, letters) => {
    expect(lookalikeLetters(id).map((l) => [l.char, l.script, l.looksLike])).toEqual(letters);
  });

  it.each([
    'T-02',
    'CMP-001',
    '\u0417\u0430\u043f\u0443\u0441\u043a-1',
    '\u0394\u03b5\u03bb\u03c4\u03b1',
    '123',
    'Caf\u00e9',
    '\u4efb\u52a1-1',
  ])('%j is fine', (id) => {
    expect(lookalikeLetters(id)).toEqual([]);
  });
});
