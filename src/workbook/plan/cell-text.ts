import type { PlanValue } from './write-plan';

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;

const ELLIPSIS = '…';

/**
 * A value that fits one cell: text longer than Excel's limit is cut (at a character boundary) and
 * ends with `…`. The report's JSON block keeps the full text; summaries and logs use this.
 *
 * @example fitCell('x'.repeat(40_000)).length // 32767
 */
export function fitCell(value: PlanValue): PlanValue {
  if (typeof value !== 'string' || value.length <= MAX_CELL_CHARS) return value;
  let end = MAX_CELL_CHARS - ELLIPSIS.length;
  if (isHighSurrogate(value.charCodeAt(end - 1))) end -= 1;
  return value.slice(0, end) + ELLIPSIS;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
