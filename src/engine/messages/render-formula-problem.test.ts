import { renderFormulaProblem, type FormulaProblem } from './render-formula-problem';

describe('renderFormulaProblem', () => {
  it.each<[FormulaProblem, string]>([
    [{ code: 'not_a_number', argument: 'clicks', value: 'n/a' }, 'clicks: "n/a" is not a number.'],
    [{ code: 'not_a_date', argument: 'start', value: 'soon' }, 'start: "soon" is not a date.'],
    [
      { code: 'not_true_or_false', argument: 'critical_task_late', value: 'maybe' },
      'critical_task_late: "maybe" is not TRUE or FALSE.',
    ],
    [
      { code: 'not_a_target', argument: 'target', value: 'lots' },
      'target: "lots" is not a target such as 500, 3.5%, $80, ≤ 80 or 2.4x.',
    ],
    [
      { code: 'target_not_positive', argument: 'target', value: '-5' },
      'target: the target "-5" must be above zero.',
    ],
    [
      { code: 'not_a_status', argument: 'statuses', value: 'done', allowed: ['pending', 'completed'] },
      'statuses: "done" is not a task status (pending and completed).',
    ],
    [
      { code: 'one_value_expected', argument: 'start', count: 3 },
      'start takes one value, not a range of 3 values.',
    ],
    [{ code: 'value_required', argument: 'end' }, 'end is required.'],
    [{ code: 'cell_error', argument: 'cost', error: '#REF!' }, 'cost holds the Excel error #REF!.'],
    [
      { code: 'end_not_after_start', start: '2026-01-31', end: '2026-01-01' },
      'end (2026-01-01) must be after start (2026-01-31).',
    ],
    [{ code: 'no_data' }, 'No data yet: every cell given is blank.'],
    [{ code: 'not_started' }, 'The campaign has not started yet, so there is no pace to measure.'],
    [{ code: 'division_by_zero', argument: 'impressions' }, 'impressions is zero.'],
  ])('%j', (problem, text) => {
    expect(renderFormulaProblem(problem)).toBe(text);
  });

  it('quotes a hostile value visibly and briefly', () => {
    const text = renderFormulaProblem({
      code: 'not_a_number',
      argument: 'cost',
      value: `=1+1\n${'x'.repeat(500)}`,
    });
    expect(text).toContain('"=1+1\\n');
    expect(text.length).toBeLessThan(140);
  });
});
