/**
 * The sentence to show for a rejected promise. The Office host rejects with an `Error` written for
 * the marketer; anything else thrown is shown as text rather than hidden.
 *
 * @example errorMessage(new Error('The workbook is read-only.')) // 'The workbook is read-only.'
 * @example errorMessage(undefined) // 'Something went wrong, with no further detail.'
 */
export function errorMessage(reason: unknown): string {
  if (reason instanceof Error && reason.message.trim() !== '') return reason.message;
  if (typeof reason === 'string' && reason.trim() !== '') return reason;
  if (reason !== null && typeof reason === 'object' && 'message' in reason) {
    const message = (reason as { message: unknown }).message;
    if (typeof message === 'string' && message.trim() !== '') return message;
  }
  return 'Something went wrong, with no further detail.';
}

/**
 * Whether a rejection is work stopped on purpose (an `AbortError` from an aborted signal), not a
 * failure to show.
 *
 * @example isCancellation(new DOMException('stopped', 'AbortError')) // true
 */
export function isCancellation(reason: unknown): boolean {
  return typeof reason === 'object' && reason !== null && 'name' in reason && reason.name === 'AbortError';
}
