/**
 * A table, sheet or column name as the workbook contract compares names: case-insensitive, spaces,
 * `_` and `-` ignored (product.md §2).
 *
 * @example normaliseName('Budget_Allocated') === normaliseName('budget allocated') // true
 */
export function normaliseName(name: string): string {
  return name.replace(/[\s_-]+/g, '').toLowerCase();
}
