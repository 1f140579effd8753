import { list, quote } from './quote';

/**
 * Why an `OPS.*` worksheet function gives an error instead of a figure, as data. The add-in's
 * `functions/` turns each into an Excel error (`#VALUE!`, `#N/A`, `#DIV/0!`); this file words it.
 * `argument` is the parameter's name as Excel's formula help shows it (`clicks`, `start`).
 */
export type FormulaProblem =
  | { code: 'not_a_number'; argument: string; value: string }
  | { code: 'not_a_date'; argument: string; value: string }
  | { code: 'not_true_or_false'; argument: string; value: string }
  | { code: 'not_a_target'; argument: string; value: string }
  | { code: 'target_not_positive'; argument: string; value: string }
  | { code: 'not_a_status'; argument: string; value: string; allowed: readonly string[] }
  | { code: 'one_value_expected'; argument: string; count: number }
  | { code: 'value_required'; argument: string }
  | { code: 'cell_error'; argument: string; error: string }
  | { code: 'end_not_after_start'; start: string; end: string }
  | { code: 'no_data' }
  | { code: 'not_started' }
  | { code: 'division_by_zero'; argument: string };

type Renderers = { [C in FormulaProblem['code']]: (p: Extract<FormulaProblem, { code: C }>) => string };

const RENDER: Renderers = {
  not_a_number: (p) => `${p.argument}: ${quote(p.value)} is not a number.`,
  not_a_date: (p) => `${p.argument}: ${quote(p.value)} is not a date.`,
  not_true_or_false: (p) => `${p.argument}: ${quote(p.value)} is not TRUE or FALSE.`,
  not_a_target: (p) =>
    `${p.argument}: ${quote(p.value)} is not a target such as 500, 3.5%, $80, ≤ 80 or 2.4x.`,
  target_not_positive: (p) => `${p.argument}: the target ${quote(p.value)} must be above zero.`,
  not_a_status: (p) => `${p.argument}: ${quote(p.value)} is not a task status (${list(p.allowed)}).`,
  one_value_expected: (p) => `${p.argument} takes one value, not a range of ${p.count} values.`,
  value_required: (p) => `${p.argument} is required.`,
  cell_error: (p) => `${p.argument} holds the Excel error ${p.error}.`,
  end_not_after_start: (p) => `end (${p.end}) must be after start (${p.start}).`,
  no_data: () => 'No data yet: every cell given is blank.',
  not_started: () => 'The campaign has not started yet, so there is no pace to measure.',
  division_by_zero: (p) => `${p.argument} is zero.`,
};

/**
 * The sentence Excel shows for a formula problem (in the cell's error menu).
 *
 * @example renderFormulaProblem({ code: 'not_a_number', argument: 'clicks', value: 'n/a' })
 * // 'clicks: "n/a" is not a number.'
 */
export function renderFormulaProblem(problem: FormulaProblem): string {
  const render = RENDER[problem.code] as (p: FormulaProblem) => string;
  return render(problem);
}
