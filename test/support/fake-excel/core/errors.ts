/**
 * Errors shaped like Office's `OfficeExtension.Error`: a `code` from `Excel.ErrorCodes` /
 * `OfficeExtension.ErrorCodes`, a `message`, and `debugInfo` with the same `code` and `message`
 * plus an `errorLocation` (the API member that failed, e.g. `Range.values`).
 */

/** Messages Office uses for the client-side errors (office.js runtime resource strings). */
const MESSAGES: Record<string, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  InvalidObjectPath:
    'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'The resource being created already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InsertDeleteConflict: 'The insert or delete operation attempted resulted in a conflict.',
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  GeneralException: 'There was an internal error while processing the request.',
  // The fake's wording: Office's own text for these two is not published.
  InvalidSelection: 'The current selection is invalid for this operation.',
  UndoNotSupported: 'The operation cannot be part of an undo group.',
};

export interface OfficeDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
  /** Not Office's: what the fake checked, to make a failing test readable. */
  readonly fakeDetail?: string;
}

/** The class installed as `OfficeExtension.Error`. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: OfficeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: FakeOfficeError | null = null;

  constructor(code: string, message: string, debugInfo: OfficeDebugInfo) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = debugInfo;
  }
}

/**
 * An Office error with the standard message for `code` (`{0}` filled with `argument`).
 *
 * @example officeError('ItemNotFound', { location: 'WorksheetCollection.getItem', detail: 'no sheet "Plan"' })
 */
export function officeError(
  code: string,
  options: { readonly argument?: string; readonly location?: string; readonly detail?: string } = {},
): FakeOfficeError {
  const template = MESSAGES[code] ?? code;
  const message = template.replace('{0}', options.argument ?? '');
  return new FakeOfficeError(code, message, {
    code,
    message,
    ...(options.location === undefined ? {} : { errorLocation: options.location }),
    ...(options.detail === undefined ? {} : { fakeDetail: options.detail }),
  });
}

/** Shorthand for the errors raised while a batch runs: code, where, and what the fake found. */
export function fail(code: string, location: string, detail: string): never {
  throw officeError(code, { location, detail });
}
