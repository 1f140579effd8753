import { lookalikeLetters } from '../model/id-text';

const MAX_QUOTED = 60;

/** Characters nobody sees (zero-width, bidirectional marks, soft hyphen) and non-breaking spaces. */
const UNSEEN =
  // eslint-disable-next-line no-control-regex -- control characters are among what this makes visible
  /[\u0000-\u001f\u007f\u00a0\u00ad\u180e\u2007\u200b-\u200f\u202a-\u202f\u2060-\u2064\u2066-\u2069\ufeff]/g;
const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * A character as `\u` and its code (`\u200B`).
 *
 * @example escaped('\u200b') // '\\u200B'
 */
export function escaped(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function cut(visible: string, length: number): string {
  return `"${visible.length > MAX_QUOTED ? `${visible.slice(0, MAX_QUOTED)}… (${length} characters)` : visible}"`;
}

/**
 * A user's value inside a message: in double quotes, control and invisible characters made visible
 * (`\t`, `\u200B`), and cut to 60 characters so a 100,000-character cell does not become a
 * 100,000-character message.
 *
 * @example quote('done') // '"done"'
 * @example quote('a\tb') // '"a\\tb"'
 * @example quote('CMP-001\u200b') // '"CMP-001\\u200B"'
 */
export function quote(value: string): string {
  return cut(
    value.replace(UNSEEN, (c) => NAMED[c] ?? escaped(c)),
    value.length,
  );
}

/**
 * An ID inside a message: as `quote`, and its look-alike letters escaped too, so `T02` typed with a
 * Cyrillic `Т` shows as `"\u042202"`, not as the `"T02"` it looks like.
 *
 * @example quoteId('\u0422-2') // '"\\u0422-2"'
 */
export function quoteId(value: string): string {
  const lookalikes = new Set(lookalikeLetters(value).map((l) => l.char));
  const visible = [...value.replace(UNSEEN, (c) => NAMED[c] ?? escaped(c))]
    .map((c) => (lookalikes.has(c) ? escaped(c) : c))
    .join('');
  return cut(visible, value.length);
}

/** `a, b and c` */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
