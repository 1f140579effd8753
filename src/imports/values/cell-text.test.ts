import { cellText, isMissing } from './cell-text';

describe('cell text', () => {
  it.each([
    ['', true],
    ['--', true],
    [' --', true],
    ['-', true],
    ['—', true],
    ['n/a', true],
    [null, true],
    ['0', false],
    [0, false],
    [false, false],
    ['Total', false],
  ])('%j is missing: %s', (cell, missing) => {
    expect(isMissing(cell)).toBe(missing);
  });

  it('reads any cell as text', () => {
    expect(cellText('  a ')).toBe('a');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('true');
  });
});
