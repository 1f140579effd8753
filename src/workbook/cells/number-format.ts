/**
 * Whether an Excel number format shows its number as a percentage (`0.0%`, `#,##0%`). A `%` inside
 * quotes, after a backslash or inside brackets is literal text or a colour/condition, not a percent.
 *
 * @example isPercentFormat('0.0%') // true
 * @example isPercentFormat('0.00" %"') // false
 * @example isPercentFormat('General') // false
 */
export function isPercentFormat(format: string | null): boolean {
  if (format === null) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return bare.includes('%');
}

/**
 * Whether an Excel number format shows a calendar date: a year, a day, or a month by name
 * (`yyyy-mm-dd`, `d mmm`, `m/d/yyyy h:mm`). Quoted text, escaped characters and bracketed parts
 * (`[Red]`, `[$€-407]`, `[h]`) are left out, so `0.0 "days"` is no date; neither is a time alone
 * (`h:mm`, `[h]:mm:ss`): a time of day or a duration is the same number in either date system.
 *
 * @example showsDate('yyyy-mm-dd hh:mm') // true
 * @example showsDate('[h]:mm') // false
 * @example showsDate('#,##0.00 "days"') // false
 */
export function showsDate(format: string | null): boolean {
  if (format === null) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[yd]/i.test(bare) || /mmm/i.test(bare);
}
