import fc from 'fast-check';
import { readMetricCell } from '../rows/row-metrics';
import { MICROS, scanFigure, significantDigits } from './figure-scan';

describe('scanning a figure in a known convention', () => {
  it.each([
    ['1414877', 'point', 1414877],
    ['1,414,877', 'point', 1414877],
    ['199874.74', 'point', 199874.74],
    ['0.5', 'point', 0.5],
    ['1.234,56', 'comma', 1234.56],
    ['454,06', 'comma', 454.06],
    ['12.000', 'comma', 12000],
    ['0.123456', 'point', 0.123456],
  ] as const)('%j (%s) is %d', (text, convention, value) => {
    expect(scanFigure(text, convention, false) / MICROS).toBe(value);
  });

  it.each([
    ['454,06', 'point'],
    ['1,234.5', 'comma'],
    ['1,23', 'point'],
    ['1234,567', 'point'],
    ['', 'point'],
    ['-5', 'point'],
    ['$5', 'point'],
    ['1 234', 'comma'],
    ['0.1234567', 'point'],
    ['1234567890123456', 'point'],
    ['12,', 'point'],
    ['.5', 'point'],
    ['5.', 'comma'],
  ] as const)('leaves %j (%s) to the full reading', (text, convention) => {
    expect(scanFigure(text, convention, false)).toBeNaN();
  });

  it('leaves a fraction of a whole figure (1.5 clicks) to the full reading, which refuses it', () => {
    expect(scanFigure('1.5', 'point', true)).toBeNaN();
    expect(scanFigure('1.000', 'point', true)).toBe(MICROS);
  });

  it('agrees with the full reading whenever it answers', () => {
    const figure = fc.oneof(
      fc.stringMatching(/^\d{1,12}$/),
      fc.stringMatching(/^\d{1,9}[.,]\d{1,7}$/),
      fc.stringMatching(/^\d{1,3}([.,]\d{1,4}){0,4}$/),
      fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ',', ' ', '-') }),
    );
    fc.assert(
      fc.property(
        figure,
        fc.constantFrom('point', 'comma'),
        fc.constantFrom('cost', 'clicks'),
        (text, convention, metric) => {
          const scanned = scanFigure(text, convention, metric === 'clicks');
          if (Number.isNaN(scanned)) return;
          const full = readMetricCell(metric, text);
          expect(full.kind).toBe('value');
          const reading =
            full.kind === 'value' ? (convention === 'point' ? full.value.point : full.value.comma) : null;
          expect(reading === null ? null : scanned / MICROS).toBe(reading === null ? null : Number(reading));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('significant digits', () => {
  it.each([
    ['1000', 1],
    ['0.00120', 2],
    ['123.45', 5],
    ['12345678901234567890', 19],
    ['1.2E+05', 2],
    ['0', 0],
  ])('%j has %d', (text, n) => {
    expect(significantDigits(text)).toBe(n);
  });
});
