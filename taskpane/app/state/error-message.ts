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
