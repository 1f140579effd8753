import { excelValue } from '../errors/excel-error';
import { installCustomFunctionsStub, shown } from '../testing/custom-functions-stub';
import { amountOf, singleFigure } from './amount';
import { SHARE } from './figure';

installCustomFunctionsStub();

describe('amountOf', () => {
  it('adds a range up exactly, blanks left out', () => {
    const amount = amountOf('cost', [[0.1], [null], ['0.2'], ['']]);
    expect(amount.value.toString()).toBe('0.3');
    expect(amount.blank).toBe(false);
  });

  it('a thousand cents make ten, exactly', () => {
    expect(
      amountOf(
        'cost',
        Array.from({ length: 1000 }, () => [0.01]),
      ).value.toString(),
    ).toBe('10');
  });

  it('is blank when every cell is', () => {
    expect(amountOf('cost', [[null, ' ']])).toEqual({ value: expect.anything(), blank: true });
    expect(amountOf('cost', [[null]]).value.toString()).toBe('0');
  });
});

describe('singleFigure', () => {
  it('is one figure, or null when blank', () => {
    expect(singleFigure('progress', [['40%']], SHARE)?.toString()).toBe('0.4');
    expect(singleFigure('progress', undefined, SHARE)).toBeNull();
  });

  it('never adds a range up', () => {
    expect(shown(() => excelValue(() => singleFigure('progress', [[0.4], [0.5]], SHARE)))).toMatchObject({
      error: '#VALUE!',
    });
  });
});
