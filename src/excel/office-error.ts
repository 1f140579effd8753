/**
 * An error whose message is written for the marketer (what happened and what to do). The Office
 * host and the actions reject with it; `code` keeps Office's error code, or ours, for the program.
 *
 * @example throw new OperatorError('InputErrors', 'Fix the input errors first: …');
 */
export class OperatorError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { readonly cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OperatorError';
    this.code = code;
  }
}

/**
 * The code of an Office error (`OfficeExtension.Error.code`, e.g. `InvalidOperationInCellEditMode`),
 * or `null` for anything else.
 *
 * @example officeErrorCode({ code: 'ItemNotFound', message: '…' }) // 'ItemNotFound'
 */
export function officeErrorCode(error: unknown): string | null {
  if (error instanceof OperatorError) return null;
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : null;
}
