/**
 * A number of things in words.
 *
 * @example plural(1, 'day') // '1 day'
 * @example plural(1200, 'task update') // '1,200 task updates'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${new Intl.NumberFormat('en-US').format(n)} ${n === 1 ? one : many}`;
}
