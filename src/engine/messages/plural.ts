/**
 * A number of things in words.
 *
 * @example plural(1, 'day') // '1 day'
 * @example plural(1200, 'task update') // '1,200 task updates'
 */
const GROUPED = new Intl.NumberFormat('en-US');

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${GROUPED.format(n)} ${n === 1 ? one : many}`;
}
