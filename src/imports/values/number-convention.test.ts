import { NumberConventionEvidence } from './number-convention';

const ref = (value: string, line: number) => () => ({ line, columnIndex: 3, column: 'Cost', value });

describe('number convention', () => {
  it('follows the cells that read only one way', () => {
    const e = new NumberConventionEvidence();
    e.observe('1234', '1.234', ref('1,234', 2));
    expect(e.decide('point')).toEqual({ convention: 'point' });
    e.observe(null, '454.06', ref('454,06', 3));
    expect(e.decide('point')).toEqual({ convention: 'comma' });
  });

  it('refuses an export that proves both', () => {
    const e = new NumberConventionEvidence();
    e.observe(null, '454.06', ref('454,06', 3));
    e.observe('1.5', null, ref('1.5', 4));
    expect(e.decide('comma')).toEqual({
      issue: {
        code: 'mixed_number_formats',
        decimalPoint: ref('1.5', 4)(),
        decimalComma: ref('454,06', 3)(),
      },
    });
  });
});
