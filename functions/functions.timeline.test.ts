import { pacing } from '../src/engine/metrics/pacing';
import { timelineStatus } from '../src/engine/metrics/timeline-status';
import { Dec } from '../src/engine/money/decimal';
import * as OPS from './functions';
import { installCustomFunctionsStub, shown } from './testing/custom-functions-stub';

installCustomFunctionsStub();

const column = (xs: readonly unknown[]) => xs.map((x) => [x]);
const cell = (x: unknown) => [[x]];

describe('OPS.TIMELINE_STATUS', () => {
  /** The engine's adherence for progress and expected progress given as shares, gaps in points. */
  const engine = (progress: number, expected: number, late = false, atRisk = 10, delayed = 25) =>
    timelineStatus(new Dec(progress).times(100), new Dec(expected).times(100), late, {
      timelineAtRiskGapPct: atRisk,
      timelineDelayedGapPct: delayed,
    });

  it.each<[string, unknown[], string]>([
    // docs/rules.md's example: progress 3 / 9, expected 5.2 / 9, 24.4 points behind.
    ['24.4 points behind', [3 / 9, 5.2 / 9], 'at_risk'],
    ['exactly 10 points behind', [0.5, 0.6], 'on_track'],
    ['exactly 25 points behind', [0.35, 0.6], 'at_risk'],
    ['26 points behind', [0.34, 0.6], 'delayed'],
    ['ahead', [0.9, 0.5], 'on_track'],
    ['shares typed as percentages', ['40%', '60%'], 'at_risk'],
    ['a critical task is late', [0.9, 0.5, true], 'delayed'],
    ['any late flag in a range', [0.9, 0.5, column([false, null, 'yes'])], 'delayed'],
    ['wider gaps from Settings (25 %, 50 %)', [0.4, 0.6, false, '25%', 0.5], 'on_track'],
  ])('%s: %s', (_name, args, expected) => {
    const [p, e, late, atRisk, delayed] = args.map((a) => (Array.isArray(a) ? a : cell(a))) as unknown[][][];
    expect(OPS.TIMELINE_STATUS(p ?? [[]], e ?? [[]], late, atRisk, delayed)).toBe(expected);
  });

  it.each<[number, number, boolean, number, number]>([
    [3 / 9, 5.2 / 9, false, 10, 25],
    [0.5, 0.6, false, 10, 25],
    [0.35, 0.6, false, 10, 25],
    [0.34, 0.6, false, 10, 25],
    [0.9, 0.5, true, 10, 25],
    [0.4, 0.6, false, 25, 50],
    [0.1, 0.6, false, 5, 45],
  ])('returns what the engine returns: %s vs %s, late %s, gaps %s/%s', (p, e, late, atRisk, delayed) => {
    const result = OPS.TIMELINE_STATUS(cell(p), cell(e), cell(late), cell(atRisk / 100), cell(delayed / 100));
    expect(result).toBe(engine(p, e, late, atRisk, delayed));
  });

  it.each<[string, () => unknown, unknown]>([
    [
      'no progress given',
      () => OPS.TIMELINE_STATUS(cell(null), cell(0.6)),
      { error: '#N/A', message: expect.any(String) },
    ],
    [
      'progress as words',
      () => OPS.TIMELINE_STATUS(cell('half'), cell(0.6)),
      { error: '#VALUE!', message: 'progress: "half" is not a number.' },
    ],
    [
      'a money progress',
      () => OPS.TIMELINE_STATUS(cell('$40'), cell(0.6)),
      { error: '#VALUE!', message: 'progress: "$40" is not a number.' },
    ],
    [
      'a flag that is not one',
      () => OPS.TIMELINE_STATUS(cell(0.4), cell(0.6), cell('maybe')),
      { error: '#VALUE!', message: 'critical_task_late: "maybe" is not TRUE or FALSE.' },
    ],
    [
      'a progress range',
      () => OPS.TIMELINE_STATUS(column([0.4, 0.5]), cell(0.6)),
      { error: '#VALUE!', message: 'progress takes one value, not a range of 2 values.' },
    ],
  ])('%s', (_name, run, expected) => {
    expect(shown(run)).toEqual(expected);
  });
});

describe('OPS.PACING', () => {
  // Excel serials: 46023 is 1 January 2026, 46052 is 30 January, 46037 is 15 January.
  const JAN_1 = 46023;
  const JAN_15 = 46037;
  const JAN_30 = 46052;
  const utc = (day: number, hour = 0) => Date.UTC(2026, 0, day, hour);

  afterEach(() => jest.useRealTimers());

  it('worked by hand: 600 of 1,000 spent with half the time gone is 0.6 / 0.5 = 1.2', () => {
    // Start 1 Jan 00:00; the end date runs to 31 Jan 00:00 (30 days); as of the end of 15 Jan: 15 days.
    expect(OPS.PACING(cell(600), cell(1000), cell(JAN_1), cell(JAN_30), cell(JAN_15))).toBe(1.2);
  });

  it.each<[string, unknown[][], unknown, number, number]>([
    ['dates only', cell(600), JAN_15, 600, utc(16)],
    ['an as-of time of day is kept', cell(600), JAN_15 + 0.5, 600, utc(15, 12)],
    ['spend over a range, blanks skipped', column([250.5, null, 349.5]), JAN_15, 600, utc(16)],
    ['after the end: all the time is gone', cell(600), JAN_30 + 10, 600, utc(41)],
  ])('%s: returns what the engine returns', (_name, spent, asOf, spentSum, asOfInstant) => {
    const expected = pacing(new Dec(spentSum), new Dec(1000), utc(1), utc(31), asOfInstant)?.toNumber();
    expect(OPS.PACING(spent, cell(1000), cell(JAN_1), cell(JAN_30), cell(asOf))).toBe(expected);
  });

  it("without as_of, measures at now on this computer's clock", () => {
    jest.useFakeTimers({ now: new Date(2026, 0, 11, 0) });
    // 10 days of 30 gone: 0.6 / (10 / 30) = 1.8.
    expect(OPS.PACING(cell(600), cell(1000), cell(JAN_1), cell(JAN_30))).toBeCloseTo(1.8, 12);
    expect(OPS.PACING(cell(600), cell(1000), cell(JAN_1), cell(JAN_30))).toBe(
      pacing(new Dec(600), new Dec(1000), utc(1), utc(31), utc(11))?.toNumber(),
    );
  });

  it.each<[string, unknown[], unknown]>([
    [
      'not started yet',
      [600, 1000, JAN_1, JAN_30, JAN_1 - 5],
      { error: '#N/A', message: 'The campaign has not started yet, so there is no pace to measure.' },
    ],
    ['no budget', [600, 0, JAN_1, JAN_30, JAN_15], { error: '#DIV/0!' }],
    [
      'nothing given',
      [null, null, JAN_1, JAN_30, JAN_15],
      { error: '#N/A', message: 'No data yet: every cell given is blank.' },
    ],
    ['no start', [600, 1000, null, JAN_30, JAN_15], { error: '#VALUE!', message: 'start is required.' }],
    [
      'a start that is not a date',
      [600, 1000, 'soon', JAN_30, JAN_15],
      { error: '#VALUE!', message: 'start: "soon" is not a date.' },
    ],
    [
      'end before start',
      [600, 1000, JAN_30, JAN_1, JAN_15],
      { error: '#VALUE!', message: 'end (2026-01-01) must be after start (2026-01-30).' },
    ],
    [
      'spend as words',
      ['lots', 1000, JAN_1, JAN_30, JAN_15],
      { error: '#VALUE!', message: 'spent: "lots" is not a number.' },
    ],
  ])('%s', (_name, args, expected) => {
    const [spent, allocated, start, end, asOf] = args.map(cell);
    expect(
      shown(() => OPS.PACING(spent ?? [[]], allocated ?? [[]], start ?? [[]], end ?? [[]], asOf)),
    ).toEqual(expected);
  });
});
