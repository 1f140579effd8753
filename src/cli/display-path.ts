import { isAbsolute, relative } from 'node:path';

/**
 * A path as the user will recognise it: relative to the working directory when inside it.
 *
 * @example displayPath('/work', '/work/demo/sample.xlsx') // 'demo/sample.xlsx'
 */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
