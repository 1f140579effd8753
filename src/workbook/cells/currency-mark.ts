import { isKnownCurrency } from '../../engine/money/currency';

/** A currency written in a cell (`€`, `US$`, `EUR`, `kr`) and the ISO 4217 currencies it can stand for. */
export interface CurrencyMark {
  /** As written, trimmed (`€`, `US$`, `eur`). */
  readonly mark: string;
  /** Every currency the mark can mean: one for a code or `€`, several for `$`, `¥`, `£`, `kr`. */
  readonly currencies: readonly string[];
  /** The number format that shows it, when the mark is a number cell's format's, not written text. */
  readonly format?: string;
}

/** Currencies written with a plain `$` (dollars and pesos): the campaign's currency decides which. */
export const DOLLAR_CURRENCIES: readonly string[] = Object.freeze([
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'HKD',
  'TWD',
  'MXN',
  'ARS',
  'CLP',
  'COP',
  'UYU',
  'BSD',
  'BBD',
  'BZD',
  'BMD',
  'BND',
  'KYD',
  'FJD',
  'GYD',
  'JMD',
  'LRD',
  'NAD',
  'SBD',
  'SRD',
  'TTD',
  'XCD',
]);

/** A dollar sign with its country's letters: `US$`, `C$`, `A$`, `R$` (the Brazilian real). */
const PREFIXED_DOLLARS: Readonly<Record<string, string>> = {
  US: 'USD',
  U: 'USD',
  C: 'CAD',
  CA: 'CAD',
  CAN: 'CAD',
  A: 'AUD',
  AU: 'AUD',
  NZ: 'NZD',
  S: 'SGD',
  SG: 'SGD',
  HK: 'HKD',
  NT: 'TWD',
  MX: 'MXN',
  R: 'BRL',
};

/**
 * Symbols and words by the currencies they can mean. `¥` is the yen and the yuan (`CN¥`, `JP¥`,
 * `元` and `RMB` say which); `kr` the Swedish, Norwegian, Danish and Icelandic crowns; `£` the pound
 * sterling and the pounds that share its sign (docs/workbook.md, "Money and its currency").
 */
const SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  '€': ['EUR'],
  '£': ['GBP', 'GIP', 'FKP', 'SHP', 'EGP'],
  '¥': ['JPY', 'CNY'],
  '￥': ['JPY', 'CNY'],
  'JP¥': ['JPY'],
  'CN¥': ['CNY'],
  元: ['CNY'],
  RMB: ['CNY'],
  '₹': ['INR'],
  '₩': ['KRW'],
  '₽': ['RUB'],
  '₺': ['TRY'],
  '₪': ['ILS'],
  '₫': ['VND'],
  '฿': ['THB'],
  '₱': ['PHP'],
  '₦': ['NGN'],
  '₴': ['UAH'],
  '₡': ['CRC'],
  '₲': ['PYG'],
  '₵': ['GHS'],
  '₸': ['KZT'],
  '₼': ['AZN'],
  '₾': ['GEL'],
  '₭': ['LAK'],
  '₮': ['MNT'],
  '৳': ['BDT'],
  KR: ['SEK', 'NOK', 'DKK', 'ISK'],
  'KR.': ['DKK', 'SEK', 'NOK', 'ISK'],
  ZŁ: ['PLN'],
  KČ: ['CZK'],
  FT: ['HUF'],
  'FR.': ['CHF'],
};

/**
 * The currencies a mark written beside an amount stands for, or `null` when it is no currency:
 * an ISO code in any case (`eur`), a dollar sign alone or with its country (`$`, `US$`, `C$`), a
 * symbol (`€`, `¥`, `£`) or a word (`kr`, `zł`, `Kč`).
 *
 * @example currencyOfMark('€')?.currencies // ['EUR']
 * @example currencyOfMark('$')?.currencies.includes('CAD') // true
 * @example currencyOfMark('dollars') // null
 */
export function currencyOfMark(written: string): CurrencyMark | null {
  const mark = written.trim();
  const upper = mark.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && isKnownCurrency(upper)) return { mark, currencies: [upper] };
  const symbol = SYMBOLS[upper] ?? SYMBOLS[mark];
  if (symbol !== undefined) return { mark, currencies: symbol };
  const dollar = /^([A-Z]{0,3})\$$/.exec(upper);
  if (dollar !== null) {
    const country = dollar[1] ?? '';
    if (country === '') return { mark, currencies: DOLLAR_CURRENCIES };
    const code = PREFIXED_DOLLARS[country];
    return code === undefined ? null : { mark, currencies: [code] };
  }
  return null;
}
