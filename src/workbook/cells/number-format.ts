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
