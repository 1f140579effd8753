import type { FormulaProblem } from '../../src/engine/messages/render-formula-problem';
import { installCustomFunctionsStub, shown } from '../testing/custom-functions-stub';
import { excelError, excelValue, fail } from './excel-error';

installCustomFunctionsStub();

describe('excelError', () => {
  it.each<[FormulaProblem, unknown]>([
    [
      { code: 'not_a_number', argument: 'clicks', value: 'n/a' },
      { error: '#VALUE!', message: 'clicks: "n/a" is not a number.' },
    ],
    [{ code: 'no_data' }, { error: '#N/A', message: 'No data yet: every cell given is blank.' }],
    [{ code: 'not_started' }, { error: '#N/A', message: expect.stringContaining('not started') }],
    // Excel shows no message for #DIV/0!, so none is sent.
    [{ code: 'division_by_zero', argument: 'impressions' }, { error: '#DIV/0!' }],
    [{ code: 'cell_error', argument: 'clicks', error: '#N/A' }, { error: '#N/A' }],
    [{ code: 'cell_error', argument: 'clicks', error: '#DIV/0!' }, { error: '#DIV/0!' }],
    [
      { code: 'cell_error', argument: 'clicks', error: '#REF!' },
      { error: '#VALUE!', message: 'clicks holds the Excel error #REF!.' },
    ],
  ])('%j → %j', (problem, expected) => {
    expect(
      shown(() => {
        throw excelError(problem);
      }),
    ).toEqual(expected);
  });
});

describe('an Excel without CustomFunctionsRuntime 1.3 (no error codes)', () => {
  afterAll(() => installCustomFunctionsStub());

  it('gets a plain Error, which Excel shows as #VALUE!, never a code it lacks', () => {
    installCustomFunctionsStub('1.2');
    expect(
      shown(() => excelValue(() => fail({ code: 'division_by_zero', argument: 'impressions' }))),
    ).toEqual({ error: '#VALUE!', thrown: 'impressions is zero.' });
  });
});

describe('excelValue', () => {
  it('returns the figure, or throws the error of the problem the body stopped on', () => {
    expect(excelValue(() => 0.03)).toBe(0.03);
    expect(shown(() => excelValue(() => fail({ code: 'value_required', argument: 'start' })))).toEqual({
      error: '#VALUE!',
      message: 'start is required.',
    });
  });

  it('lets a bug be a bug', () => {
    expect(() =>
      excelValue(() => {
        throw new TypeError('boom');
      }),
    ).toThrow('boom');
  });
});
