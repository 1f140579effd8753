/**
 * The words a cell may hold for TRUE/FALSE (compared trimmed and lower-cased), as the workbook
 * reads them and the worksheet functions accept them.
 *
 * @example BOOLEAN_WORDS.get('yes') // true
 */
export const BOOLEAN_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['yes', true],
  ['no', false],
  ['y', true],
  ['n', false],
  ['1', true],
  ['0', false],
]);
