/**
 * The form two names are compared in: case ignored, and spaces, `_` and `-` removed (product.md §2).
 * Table, sheet, column and choice names all match this way.
 *
 * @example normalizeName('Budget Allocated') === normalizeName('budget_allocated') // true
 * @example normalizeName(' In-Progress ') // 'inprogress'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/**
 * The form Settings keys are compared in: as `normalizeName`, and `%` ignored too.
 *
 * @example normalizeSettingsKey('Performance Threshold %') === normalizeSettingsKey('performance_threshold') // true
 */
export function normalizeSettingsKey(key: string): string {
  return normalizeName(key).replace(/%/g, '');
}
