import type { ForeignLetter } from '../issues/issue';

/**
 * Characters nobody sees: zero-width spaces and joiners, the word joiner, the byte-order mark, the
 * soft hyphen, the Mongolian vowel separator and the bidirectional marks and embeddings.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Spaces that do not break: a person sees a space. */
const NON_BREAKING_SPACE = /[\u00a0\u2007\u202f]/g;

/**
 * An ID as a person sees it, the form IDs are compared and written in: Unicode NFC (an `é` typed
 * as `e` + accent is the `é` typed at once), invisible characters removed (`CMP-001` + a
 * zero-width space is `CMP-001`), non-breaking spaces made spaces, surrounding spaces trimmed.
 * Case counts (`t-1` is not `T-1`), as do the spaces inside.
 *
 * @example normalizeId(' CMP-001\u200b ') // 'CMP-001'
 * @example normalizeId('Cafe\u0301') === 'Café' // true
 */
export function normalizeId(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(NON_BREAKING_SPACE, ' ').trim();
}

/** Cyrillic and Greek letters drawn like Latin ones (after Unicode's confusables.txt), by what they look like. */
// prettier-ignore
const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  Ѕ: 'S', І: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y', Һ: 'h', Ӏ: 'I',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', һ: 'h', ԁ: 'd',
  ԛ: 'q', ԝ: 'w', ӏ: 'l', к: 'k',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X', ο: 'o', ν: 'v', ι: 'i', κ: 'k', ρ: 'p', υ: 'u', α: 'a',
};

const LATIN = /\p{Script=Latin}/u;
/** Fullwidth Latin letters and digits (`Ｔ`, `０`), drawn as the ASCII ones. */
const FULLWIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;

function foreign(char: string): ForeignLetter | null {
  if (FULLWIDTH.test(char))
    return { char, script: 'fullwidth', looksLike: String.fromCharCode(char.charCodeAt(0) - 0xfee0) };
  const script = /\p{Script=Cyrillic}/u.test(char)
    ? 'Cyrillic'
    : /\p{Script=Greek}/u.test(char)
      ? 'Greek'
      : null;
  return script === null ? null : { char, script, looksLike: LOOKALIKES[char] ?? null };
}

/**
 * The letters that make an ID look like another, or `[]`: fullwidth letters and digits (`Ｔ02`); a
 * Cyrillic or Greek letter among Latin ones (`Tаsk-1` with a Cyrillic `а`, UTS #39's mixed
 * scripts); or an ID whose letters are all Cyrillic or Greek look-alikes of Latin ones (`Т02`,
 * `СМР-001`). An ID in Cyrillic or Greek with a letter Latin has nothing like (`Запуск-1`) is an
 * ID in that alphabet, and fine.
 *
 * @example lookalikeLetters('\u041202') // [{ char: 'В', script: 'Cyrillic', looksLike: 'B' }]
 * @example lookalikeLetters('T-02') // []
 */
export function lookalikeLetters(id: string): ForeignLetter[] {
  const letters = [...id];
  const wide = letters.filter((c) => FULLWIDTH.test(c));
  const others = letters
    .map(foreign)
    .filter((f): f is ForeignLetter => f !== null && f.script !== 'fullwidth');
  const found = [...wide.map((c) => foreign(c) as ForeignLetter)];
  const hasLatin = letters.some((c) => LATIN.test(c) && !FULLWIDTH.test(c));
  const wholeLookalike = !hasLatin && others.length > 0 && others.every((f) => f.looksLike !== null);
  if (others.length > 0 && (hasLatin || wholeLookalike)) found.push(...others);
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.char) && seen.add(f.char));
}
