import { cellText, cellsOf, excelErrorOf, isBlank } from './cells';

describe('cells', () => {
  it.each<[unknown, unknown[]]>([
    [
      [
        [1, 2],
        [null, 4],
      ],
      [1, 2, null, 4],
    ],
    [[[7]], [7]],
    [5, [5]],
    ['x', ['x']],
    [null, [null]],
    [undefined, [undefined]],
    [[], []],
  ])('cellsOf(%j) is %j', (arg, cells) => {
    expect(cellsOf(arg)).toEqual(cells);
  });

  it.each<[unknown, boolean]>([
    [null, true],
    [undefined, true],
    ['', true],
    [' \t', true],
    [0, false],
    [false, false],
    ['0', false],
  ])('isBlank(%j) is %s', (cell, blank) => {
    expect(isBlank(cell)).toBe(blank);
  });

  it('knows Excel errors from text', () => {
    expect(excelErrorOf({ code: '#N/A', message: 'x' })).toBe('#N/A');
    expect(excelErrorOf('#N/A')).toBeNull();
    expect(excelErrorOf({ type: 'Error', basicValue: '#REF!', errorType: 'Ref' })).toBe('#REF!');
    expect(excelErrorOf({ type: 'Double', basicValue: 5 })).toBeNull();
    expect(excelErrorOf({ code: 42 })).toBeNull();
    expect(excelErrorOf(null)).toBeNull();
  });

  it.each<[unknown, string]>([
    [true, 'TRUE'],
    [false, 'FALSE'],
    [12.5, '12.5'],
    ['abc', 'abc'],
    [{ code: '#REF!' }, '#REF!'],
    [null, ''],
  ])('cellText(%j) is %j', (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});
