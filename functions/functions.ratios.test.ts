import fc from 'fast-check';
import { budgetUtilization } from '../src/engine/metrics/budget-utilization';
import { conversionRate } from '../src/engine/metrics/conversion-rate';
import { cpa } from '../src/engine/metrics/cpa';
import { cpc } from '../src/engine/metrics/cpc';
import { cpm } from '../src/engine/metrics/cpm';
import { ctr } from '../src/engine/metrics/ctr';
import { engagementRate } from '../src/engine/metrics/engagement-rate';
import { roas } from '../src/engine/metrics/roas';
import { Dec } from '../src/engine/money/decimal';
import * as OPS from './functions';
import { installCustomFunctionsStub, shown } from './testing/custom-functions-stub';

installCustomFunctionsStub();

type Ratio = (a: unknown[][], b: unknown[][]) => number;
type Engine = (a: Dec, b: Dec) => Dec | null;

// Each OPS ratio function, the engine function it wraps, and whether the engine's figure is a
// percentage (3 = 3 %) that the cell gets as a fraction (0.03).
const RATIOS: ReadonlyArray<readonly [string, Ratio, Engine, boolean]> = [
  ['CTR', OPS.CTR, ctr, true],
  ['CPC', OPS.CPC, cpc, false],
  ['CPM', OPS.CPM, cpm, false],
  ['CPA', OPS.CPA, cpa, false],
  ['CONVERSION_RATE', OPS.CONVERSION_RATE, conversionRate, true],
  ['ROAS', OPS.ROAS, roas, false],
  ['ENGAGEMENT_RATE', OPS.ENGAGEMENT_RATE, engagementRate, true],
  ['BUDGET_UTILIZATION', OPS.BUDGET_UTILIZATION, budgetUtilization, true],
];

/** What the engine gives for the cells' exact sums, as the cell should hold it. */
function engineFigure(engine: Engine, percent: boolean, a: readonly number[], b: readonly number[]): number {
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s.plus(x), new Dec(0));
  const value = engine(sum(a), sum(b));
  if (value === null) throw new Error('the engine has no figure for these inputs');
  return (percent ? value.div(100) : value).toNumber();
}

const column = (xs: readonly unknown[]) => xs.map((x) => [x]);

// Inputs as Excel passes them (rows of cells), and the numbers they hold.
const CASES: ReadonlyArray<readonly [string, unknown[][], unknown[][], number[], number[]]> = [
  ['single cells', [[30]], [[1000]], [30], [1000]],
  ['ranges, added up', column([240, 120]), column([8000, 4000]), [240, 120], [8000, 4000]],
  ['blank cells skipped', column([240, null, '', 120]), column([8000, null, 4000]), [240, 120], [8000, 4000]],
  [
    'a 2×2 range',
    [
      [1, 2],
      [3, 4],
    ],
    [
      [10, 20],
      [30, 40],
    ],
    [1, 2, 3, 4],
    [10, 20, 30, 40],
  ],
  ['numbers typed as text', column(['1,200.50', '$799.50']), column(['22.5']), [1200.5, 799.5], [22.5]],
  ['decimals, exactly', column([0.1, 0.2]), column([0.3]), [0.1, 0.2], [0.3]],
];

describe.each(RATIOS)('OPS.%s', (_name, fn, engine, percent) => {
  it.each(CASES)('returns what the engine returns: %s', (_case, a, b, numbersA, numbersB) => {
    expect(fn(a, b)).toBe(engineFigure(engine, percent, numbersA, numbersB));
  });

  it('a zero denominator is #DIV/0!', () => {
    expect(shown(() => fn([[5]], [[0]]))).toEqual({ error: '#DIV/0!' });
    expect(shown(() => fn([[5]], column([null, 0])))).toEqual({ error: '#DIV/0!' });
  });

  it('text that is not a number is #VALUE! with a message naming it', () => {
    expect(shown(() => fn(column([5, 'n/a']), [[10]]))).toEqual({
      error: '#VALUE!',
      message: expect.stringMatching(/: "n\/a" is not a number\.$/),
    });
    expect(shown(() => fn([[5]], [[true]]))).toMatchObject({ error: '#VALUE!' });
    expect(shown(() => fn([['≤ 5']], [[10]]))).toMatchObject({ error: '#VALUE!' });
  });

  it('no data at all is #N/A; an error in a cell is passed on', () => {
    expect(shown(() => fn(column([null, '']), [[null]]))).toEqual({
      error: '#N/A',
      message: 'No data yet: every cell given is blank.',
    });
    expect(shown(() => fn(column([5, { code: '#N/A' }]), [[10]]))).toEqual({ error: '#N/A' });
  });

  it('a range is the exact sum of its cells (property)', () => {
    const cells = fc.array(
      fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(
        cells,
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (a, b) => {
          expect(fn(column(a), column(b))).toBe(engineFigure(engine, percent, a, b));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('worked by hand', () => {
  it.each<[string, () => number, number]>([
    ['=OPS.CTR(30, 1000) is 30 / 1000', () => OPS.CTR([[30]], [[1000]]), 0.03],
    ['=OPS.CPC(150, 60) is 150 / 60', () => OPS.CPC([[150]], [[60]]), 2.5],
    ['=OPS.CPM(45, 15000) is 45 / 15000 × 1000', () => OPS.CPM([[45]], [[15000]]), 3],
    ['=OPS.CONVERSION_RATE(22.5, 750) is 22.5 / 750', () => OPS.CONVERSION_RATE([[22.5]], [[750]]), 0.03],
    ['=OPS.ROAS(5040, 2100) is 5040 / 2100', () => OPS.ROAS([[5040]], [[2100]]), 2.4],
    ['=OPS.ENGAGEMENT_RATE(120, 4000) is 120 / 4000', () => OPS.ENGAGEMENT_RATE([[120]], [[4000]]), 0.03],
    [
      '=OPS.BUDGET_UTILIZATION(2100, 5000) is 2100 / 5000',
      () => OPS.BUDGET_UTILIZATION([[2100]], [[5000]]),
      0.42,
    ],
    // 1,200.50 + 799.50 + 1,100.25 + 450.10 = 3,550.35 over 12 + 10.5 = 22.5 conversions: 157.79333…
    [
      '=OPS.CPA(costs, conversions) over ranges',
      () => OPS.CPA(column([1200.5, 799.5, 1100.25, 450.1]), column([12, null, 10.5])),
      3550.35 / 22.5,
    ],
  ])('%s', (_name, run, expected) => {
    expect(run()).toBeCloseTo(expected, 12);
  });
});
