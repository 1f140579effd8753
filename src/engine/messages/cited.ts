import { shortText } from './short-text';

/**
 * A user's text cited in a sentence for the CMO, in typographic quotes as the report cites it.
 *
 * @example cited(' Legal review ') // '“Legal review”'
 */
export function cited(text: string): string {
  return `“${shortText(text)}”`;
}
