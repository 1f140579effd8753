import { quote } from './quote';

/**
 * A user's text inside a sentence for a CMO, without the quote marks of `quote` (control characters
 * made visible, cut to 60 characters).
 *
 * @example shortText('  Cost per lead ') // 'Cost per lead'
 */
export function shortText(value: string): string {
  return quote(value.trim()).slice(1, -1);
}
