import { installCustomFunctionsStub, shown } from '../testing/custom-functions-stub';
import { excelValue } from '../errors/excel-error';
import { presentCells, singleCell } from './present-cells';

installCustomFunctionsStub();

describe('presentCells', () => {
  it('leaves blanks out', () => {
    expect(
      presentCells('clicks', [
        [30, null],
        ['', 12],
        [' ', 0],
      ]),
    ).toEqual([30, 12, 0]);
    expect(presentCells('clicks', null)).toEqual([]);
  });

  it('stops on an Excel error in any cell', () => {
    expect(shown(() => excelValue(() => presentCells('clicks', [[1], [{ code: '#N/A' }]])))).toEqual({
      error: '#N/A',
    });
  });
});

describe('singleCell', () => {
  it('is the one value, or null when blank', () => {
    expect(singleCell('start', [[null], [46023]])).toBe(46023);
    expect(singleCell('start', 46023)).toBe(46023);
    expect(singleCell('start', [[null, '']])).toBeNull();
    expect(singleCell('as_of', undefined)).toBeNull();
  });

  it('refuses a range of several values', () => {
    expect(shown(() => excelValue(() => singleCell('start', [[46023], [46024], [46025]])))).toEqual({
      error: '#VALUE!',
      message: 'start takes one value, not a range of 3 values.',
    });
  });
});
