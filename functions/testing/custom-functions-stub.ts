/**
 * A stand-in for the `CustomFunctions` global that Office.js provides inside Excel: the error class
 * and the error codes, with the values Office.js gives them. Tests install it once per file.
 */
export class StubExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/**
 * Puts the stand-in on `globalThis.CustomFunctions`.
 *
 * @example installCustomFunctionsStub(); // at the top of a test file
 */
export function installCustomFunctionsStub(): void {
  Object.assign(globalThis, { CustomFunctions: { Error: StubExcelError, ErrorCode: ERROR_CODES } });
}

/**
 * What a function gives a cell: its value, or `{ error, message }` for the Excel error it threw.
 *
 * @example shown(() => OPS.CTR([[30]], [[0]])) // { error: '#DIV/0!' }
 */
export function shown(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof StubExcelError)) throw error;
    return { error: error.code, ...(error.message === undefined ? {} : { message: error.message }) };
  }
}
