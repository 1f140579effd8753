import { shiftFormula } from './shift-formula';

describe('shiftFormula', () => {
  it.each([
    ['SUM(A2:B2)*$C$1', 3, 0, 'SUM(A5:B5)*$C$1'],
    ['"B2"&B2', 1, 1, '"B2"&C3'],
    ["'My Sheet'!B2+Other!$B2", 2, 0, "'My Sheet'!B4+Other!$B4"],
    ['TaskLog[[#This Row],[Hours]]*2', 4, 0, 'TaskLog[[#This Row],[Hours]]*2'],
    ['LOG10(A1)+ATAN2(B1,C1)', 1, 0, 'LOG10(A2)+ATAN2(B2,C2)'],
    ['SUM(A:A)+SUM(2:3)', 1, 1, 'SUM(B:B)+SUM(3:4)'],
    ['A1-1', -1, 0, '#REF!-1'],
    ['Sheet1.5+A1', 1, 0, 'Sheet1.5+A2'],
    ['_xlfn.XLOOKUP(A2,B:B,C:C)', 1, 0, '_xlfn.XLOOKUP(A3,B:B,C:C)'],
  ])('%s moved by %i rows and %i columns is %s', (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});
