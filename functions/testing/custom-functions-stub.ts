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
 * Puts the stand-in on `globalThis.CustomFunctions`, and an `Office.context.requirements` that
 * answers `isSetSupported` for CustomFunctionsRuntime up to `runtime` (default 1.4, as in current Excel).
 *
 * @example installCustomFunctionsStub(); // at the top of a test file
 * @example installCustomFunctionsStub('1.2'); // an Excel before the error codes
 */
export function installCustomFunctionsStub(runtime = '1.4'): void {
  const below = (a: string, b: string) => {
    const [x = 0, y = 0] = a.split('.').map(Number);
    const [p = 0, q = 0] = b.split('.').map(Number);
    return x < p || (x === p && y <= q);
  };
  const requirements = {
    isSetSupported: (name: string, version = '1.1') =>
      name === 'CustomFunctionsRuntime' && below(version, runtime),
  };
  Object.assign(globalThis, {
    CustomFunctions: { Error: StubExcelError, ErrorCode: ERROR_CODES },
    Office: { context: { requirements } },
  });
}

/**
 * What a function gives a cell: its value, or `{ error, message }` for the Excel error it threw. A
 * plain `Error` is what Excel shows for any exception: `#VALUE!` (its message is not shown).
 *
 * @example shown(() => OPS.CTR([[30]], [[0]])) // { error: '#DIV/0!' }
 */
export function shown(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof StubExcelError)
      return { error: error.code, ...(error.message === undefined ? {} : { message: error.message }) };
    if (error instanceof Error && error.constructor === Error)
      return { error: '#VALUE!', thrown: error.message };
    throw error;
  }
}
