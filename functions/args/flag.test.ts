import { installCustomFunctionsStub, shown } from '../testing/custom-functions-stub';
import { excelValue } from '../errors/excel-error';
import { anyTrue } from './flag';

installCustomFunctionsStub();

describe('anyTrue', () => {
  it.each<[unknown, boolean]>([
    [true, true],
    [false, false],
    [null, false],
    [[[false], [null], ['Yes']], true],
    [[['no'], ['N'], [0]], false],
    [1, true],
    ['TRUE', true],
    [' y ', true],
  ])('%j is %s', (arg, value) => {
    expect(anyTrue('critical_task_late', arg)).toBe(value);
  });

  it.each([['maybe'], [2]])('refuses %j', (cell) => {
    expect(shown(() => excelValue(() => anyTrue('critical_task_late', cell)))).toEqual({
      error: '#VALUE!',
      message: `critical_task_late: "${String(cell)}" is not TRUE or FALSE.`,
    });
  });
});
