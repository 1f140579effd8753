import { excelValue } from '../errors/excel-error';
import { installCustomFunctionsStub, shown } from '../testing/custom-functions-stub';
import { AMOUNT, ANY_FIGURE, SHARE, figureOfCell, type Unit } from './figure';

installCustomFunctionsStub();

describe('figureOfCell', () => {
  it.each<[unknown, ReadonlySet<Unit>, string]>([
    [1200.5, AMOUNT, '1200.5'],
    [-3, AMOUNT, '-3'],
    ['1,200.50', AMOUNT, '1200.5'],
    ['$1,200.50', AMOUNT, '1200.5'],
    ['80 USD', AMOUNT, '80'],
    ['15k', AMOUNT, '15000'],
    ['40%', SHARE, '0.4'],
    ['0.4', SHARE, '0.4'],
    ['3.5%', ANY_FIGURE, '0.035'],
    ['2.4x', ANY_FIGURE, '2.4'],
  ])('%j is %s', (cell, accepts, value) => {
    expect(figureOfCell('x', cell, accepts).toString()).toBe(value);
  });

  it.each<[unknown, ReadonlySet<Unit>, string]>([
    ['40%', AMOUNT, '"40%"'],
    ['$40', SHARE, '"$40"'],
    ['≤ 80', ANY_FIGURE, '"≤ 80"'],
    ['about 3', ANY_FIGURE, '"about 3"'],
    [true, ANY_FIGURE, '"TRUE"'],
    [Number.NaN, ANY_FIGURE, '"NaN"'],
  ])('%j is not a number here', (cell, accepts, quoted) => {
    expect(shown(() => excelValue(() => figureOfCell('cost', cell, accepts)))).toEqual({
      error: '#VALUE!',
      message: `cost: ${quoted} is not a number.`,
    });
  });
});
