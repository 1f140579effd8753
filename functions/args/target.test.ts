import { excelValue } from '../errors/excel-error';
import { installCustomFunctionsStub, shown } from '../testing/custom-functions-stub';
import { targetOf } from './target';

installCustomFunctionsStub();

describe('targetOf', () => {
  it.each<[unknown, string, string, boolean]>([
    [500, '500', 'number', false],
    ['1,000', '1000', 'number', false],
    ['$80', '80', 'money', false],
    ['≤ $80', '80', 'money', true],
    ['max 5', '5', 'number', true],
    ['≥ 500', '500', 'number', false],
    ['2.4x', '2.4', 'multiplier', false],
    // A percentage becomes the fraction Excel stores for it, to compare with percent-formatted cells.
    ['3.5%', '0.035', 'percent', false],
    [[[null], ['3.5%']], '0.035', 'percent', false],
  ])('%j', (arg, value, unit, lowerIsBetterMarked) => {
    const target = targetOf('target', arg);
    expect([target.value.toString(), target.unit, target.lowerIsBetterMarked]).toEqual([
      value,
      unit,
      lowerIsBetterMarked,
    ]);
  });

  it.each<[unknown, string]>([
    [null, 'target is required.'],
    ['soon', 'target: "soon" is not a target such as 500, 3.5%, $80, ≤ 80 or 2.4x.'],
    [true, 'target: "TRUE" is not a target such as 500, 3.5%, $80, ≤ 80 or 2.4x.'],
    [-5, 'target: the target "-5" must be above zero.'],
    ['≤ 0', 'target: the target "≤ 0" must be above zero.'],
  ])('refuses %j', (arg, message) => {
    expect(shown(() => excelValue(() => targetOf('target', arg)))).toEqual({ error: '#VALUE!', message });
  });
});
