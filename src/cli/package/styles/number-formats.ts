/**
 * Excel's built-in number formats, by id: a cell whose style names one of these carries no format
 * code in the file. Ids 14–22 and 45–47 are dates and times (14 shows in the reader's short-date
 * order); 27–36 and 50–58 are East Asian date formats.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const EAST_ASIAN_DATES = new Set([
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Excel's Text format: what is typed into such a cell stays text. */
export const TEXT_FORMAT_ID = 49;

/**
 * The code of a built-in format (`9` → `0%`), `yyyy-mm-dd` for the East Asian date ids, or
 * `undefined` for an id that is not built in.
 *
 * @example builtInFormat(14) // 'mm-dd-yy'
 */
export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id] ?? (EAST_ASIAN_DATES.has(id) ? 'yyyy-mm-dd' : undefined);
}

/**
 * The id of the built-in format with this code, or `undefined`.
 *
 * @example builtInFormatId('0.00') // 2
 */
export function builtInFormatId(code: string): number | undefined {
  for (const [id, c] of Object.entries(BUILT_IN)) if (c === code) return Number(id);
  return undefined;
}

/**
 * Whether a number format shows a date or a time (`yyyy-mm-dd`, `h:mm`), ignoring quoted text,
 * escaped characters and bracketed parts such as colours (`[h]` elapsed hours count as time).
 *
 * @example isDateFormat('yyyy-mm-dd hh:mm') // true
 * @example isDateFormat('#,##0.00 "days"') // false
 * @example isDateFormat('[Red]0.00') // false
 */
export function isDateFormat(format: string): boolean {
  const elapsed = /\[(h+|m+|s+)\]/i.test(format);
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*]/g, '');
  if (/^general$/i.test(bare.trim())) return false;
  return elapsed || /[ymdhs]/i.test(bare.split(';')[0] ?? '');
}
