import fc from 'fast-check';
import { Dec } from '../money/decimal';
import { sumExact } from '../money/sum';
import { ExactSum } from './exact-sum';

function exactSum(values: readonly number[]): string {
  const s = new ExactSum();
  for (const v of values) s.add(v);
  return s.total().toString();
}

describe('ExactSum', () => {
  it.each<[number[], string]>([
    [[], '0'],
    [[0.1, 0.2], '0.3'],
    [Array.from({ length: 1000 }, () => 0.01), '10'],
    [[1e-7, 2e-7], '3e-7'],
    [[0.1234567, 0.0000003], '0.123457'],
    [[123456789.123456, 0.000001], '123456789.123457'],
    [[1e20, 1], '100000000000000000001'],
    [[2 ** 52, 2 ** 52, 2 ** 52], '13510798882111488'],
    [[4e9, 4e9, 4e9, 4e9, 4e9], '20000000000'],
    [[-0.5, 0.25], '-0.25'],
  ])('%j sums to %s', (values, expected) => {
    expect(exactSum(values)).toBe(expected);
  });

  const cellNumber = fc.oneof(
    fc.integer({ min: 0, max: 10_000_000 }),
    fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 100),
    fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10_000),
    // Cells hold at most 15 significant digits; from 1e-6 up, Dec's 40 digits hold every sum exactly,
    // so the order of the additions cannot matter.
    fc
      .double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true })
      .filter((v) => v === 0 || v >= 1e-6),
    fc.constantFrom(0.1, 0.2, 0.3, 1e-9, 5e8, 9e15),
  );

  it('equals the exact decimal sum, whatever the numbers', () => {
    fc.assert(
      fc.property(fc.array(cellNumber, { maxLength: 200 }), (values) => {
        expect(exactSum(values)).toBe(sumExact(values).toString());
      }),
    );
  });

  it('stays exact past 2^53 millionths (it flushes to a decimal)', () => {
    // 30 × 500,000,000.5 = 15,000,000,015: past 2^53 millionths (about 9,007,199,254.7)
    const values = Array.from({ length: 30 }, () => 500_000_000.5);
    expect(exactSum(values)).toBe('15000000015');
  });

  describe('addText', () => {
    const textSum = (texts: readonly string[]) => {
      const s = new ExactSum();
      for (const t of texts) s.addText(t);
      return s.total().toString();
    };

    it.each<[string[], string]>([
      [['12.50', '0.5'], '13'],
      [['1414877', '0.000001'], '1414877.000001'],
      [['12.', '.5'], '12.5'],
      [['-12.50', '2.5'], '-10'],
      // More than six decimals, more than nine digits, an exponent: through a decimal, still exact.
      [['0.1234567', '0.0000003'], '0.123457'],
      [['12345678901', '1'], '12345678902'],
      [['1.5e3', '2'], '1502'],
      [['999999999.999999', '999999999.999999', '999999999.999999'], '2999999999.999997'],
    ])('%j sums to %s', (texts, expected) => {
      expect(textSum(texts)).toBe(expected);
    });

    const decimalText = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 8 }))
      .map(([negative, digits, places]) => {
        const padded = digits.toString().padStart(places + 1, '0');
        const text = places === 0 ? padded : `${padded.slice(0, -places)}.${padded.slice(-places)}`;
        return negative ? `-${text}` : text;
      });

    it('equals the decimal sum of the texts, whatever they are', () => {
      fc.assert(
        fc.property(fc.array(decimalText, { maxLength: 200 }), (texts) => {
          const expected = texts.reduce((sum, t) => sum.plus(new Dec(t)), new Dec(0));
          expect(textSum(texts)).toBe(expected.toString());
        }),
      );
    });
  });
});
