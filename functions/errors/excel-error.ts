import { renderFormulaProblem, type FormulaProblem } from '../../src/engine/messages/render-formula-problem';

/** A formula problem on its way to the cell: argument readers throw it, `excelValue` turns it into the Excel error. */
export class FormulaProblemError extends Error {
  constructor(readonly problem: FormulaProblem) {
    super(renderFormulaProblem(problem));
    this.name = 'FormulaProblemError';
  }
}

/**
 * Stops the function with a problem (the cell shows its Excel error).
 *
 * @example fail({ code: 'division_by_zero', argument: 'impressions' }) // the cell shows #DIV/0!
 */
export function fail(problem: FormulaProblem): never {
  throw new FormulaProblemError(problem);
}

type Code = 'invalidValue' | 'notAvailable' | 'divisionByZero';

const ERROR_OF: Readonly<Record<FormulaProblem['code'], Code>> = {
  not_a_number: 'invalidValue',
  not_a_date: 'invalidValue',
  not_true_or_false: 'invalidValue',
  not_a_target: 'invalidValue',
  target_not_positive: 'invalidValue',
  not_a_status: 'invalidValue',
  one_value_expected: 'invalidValue',
  value_required: 'invalidValue',
  cell_error: 'invalidValue',
  end_not_after_start: 'invalidValue',
  no_data: 'notAvailable',
  not_started: 'notAvailable',
  division_by_zero: 'divisionByZero',
};

/** Errors a custom function may return as they are (Excel refuses #REF!, #NAME? and others as results). */
const PASSED_ON: ReadonlySet<string> = new Set(['#DIV/0!', '#VALUE!', '#N/A', '#NUM!', '#NULL!']);

/**
 * Whether this Excel has `CustomFunctions.Error` with its error codes: the codes are
 * CustomFunctionsRuntime 1.3 (Windows version 2008, Mac 16.40, the web), later than the shared
 * runtime and ExcelApi 1.9 the add-in otherwise needs.
 */
function errorCodesSupported(): boolean {
  // eslint-disable-next-line no-restricted-globals -- the requirement-set check is Office's, in every runtime
  return Office.context?.requirements?.isSetSupported('CustomFunctionsRuntime', '1.3') ?? false;
}

/**
 * The Excel error for a problem: `#VALUE!` (bad input, with the message), `#N/A` (no data, with the
 * message) or `#DIV/0!` (Excel shows no message for it). An error already in an input cell is passed
 * on as it is, the way Excel's own functions do. An Excel without CustomFunctionsRuntime 1.3 gets a
 * plain `Error`, which it shows as `#VALUE!` (docs/functions.md, "Errors").
 *
 * @example excelError({ code: 'division_by_zero', argument: 'impressions' }) // #DIV/0!
 */
export function excelError(problem: FormulaProblem): CustomFunctions.Error | Error {
  if (!errorCodesSupported()) return new Error(renderFormulaProblem(problem));
  const codes = CustomFunctions.ErrorCode;
  if (problem.code === 'cell_error' && PASSED_ON.has(problem.error)) {
    const passed = Object.values(codes).find((code) => code === problem.error);
    if (passed !== undefined) return new CustomFunctions.Error(passed);
  }
  const code = codes[ERROR_OF[problem.code]];
  return code === codes.divisionByZero
    ? new CustomFunctions.Error(code)
    : new CustomFunctions.Error(code, renderFormulaProblem(problem));
}

/**
 * Runs a function's body and returns its figure; when the body stopped on a problem, throws the Excel
 * error for it (Excel shows a thrown `CustomFunctions.Error` in the cell).
 *
 * @example excelValue(() => fail({ code: 'no_data' })) // throws #N/A "No data yet: every cell given is blank."
 */
export function excelValue<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof FormulaProblemError) throw excelError(error.problem);
    throw error;
  }
}
