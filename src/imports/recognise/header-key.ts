/** A header cell reduced to what identifies it, plus a currency written in it (`Amount spent (USD)`). */
export interface HeaderKey {
  readonly key: string;
  readonly currency: string | null;
}

/**
 * Normalises a header for matching: the currency in a trailing `(XXX)` is taken out, accents are
 * removed, case is ignored and so is everything that is not a letter or a digit, so `Impr.`,
 * `impr` and `IMPR` are the same header and `Coût` matches `Cout`.
 *
 * @example headerKey('Amount spent (USD)') // { key: 'amountspent', currency: 'USD' }
 * @example headerKey('Start Date (in UTC)') // { key: 'startdateinutc', currency: null }
 */
export function headerKey(header: string): HeaderKey {
  const trimmed = header.replace(/[\ufeff\u200b]/g, '').trim();
  const m = /^(.*?)\s*\(([A-Z]{3})\)$/u.exec(trimmed);
  const text = m?.[1] ?? trimmed;
  const key = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  return { key, currency: m?.[2] ?? null };
}

/** The key alone. */
export const keyOf = (header: string): string => headerKey(header).key;
