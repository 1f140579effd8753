import type { Dec } from './decimal';
import { roundTo } from './decimal';

const minorCache = new Map<string, number>();
let known: ReadonlySet<string> | null = null;

/**
 * The ISO 4217 codes this runtime lists, or an empty set where it cannot list them:
 * `Intl.supportedValuesOf` is ES2022, newer than the add-in's ES2021 target, so it is looked for.
 */
function listedCurrencies(): ReadonlySet<string> {
  /* eslint-disable es-x/no-intl-supportedvaluesof -- feature-detected just here */
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  /* eslint-enable es-x/no-intl-supportedvaluesof */
  return new Set(supported);
}

/**
 * Whether `code` is an ISO 4217 currency this runtime knows. A runtime that cannot list currencies
 * (before ES2022) knows every three capital letters.
 *
 * @example isKnownCurrency('EUR') // true
 * @example isKnownCurrency('EURO') // false
 */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  known ??= listedCurrencies();
  return known.size === 0 || known.has(code);
}

/**
 * Digits after the decimal point of a currency's minor unit.
 *
 * @example minorUnits('USD') // 2
 * @example minorUnits('JPY') // 0
 * @example minorUnits('BHD') // 3
 */
export function minorUnits(currency: string): number {
  let digits = minorCache.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    minorCache.set(currency, digits);
  }
  return digits;
}

const moneyFormatters = new Map<string, Intl.NumberFormat>();

/** One formatter per currency and precision: creating an `Intl.NumberFormat` costs far more than using one. */
function moneyFormatter(currency: string, digits: number): Intl.NumberFormat {
  const key = `${currency}:${digits}`;
  let formatter = moneyFormatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    moneyFormatters.set(key, formatter);
  }
  return formatter;
}

/** Money rounded once, half-up, to the currency's minor unit, as a JSON number. */
export function roundMoney(amount: Dec, currency: string): number {
  return roundTo(amount, minorUnits(currency));
}

/**
 * Money for people: the currency's symbol and grouping, rounded to its minor unit (plus `extra`
 * decimals where a figure must be shown more precisely, as a CPA beside its percent of target).
 *
 * @example formatMoney(new Dec('1234.5'), 'USD') // '$1,234.50'
 * @example formatMoney(new Dec('1234.5'), 'JPY') // '¥1,235'
 * @example formatMoney(new Dec('157.7933'), 'USD', 2) // '$157.7933'
 */
export function formatMoney(amount: Dec, currency: string, extra = 0): string {
  const digits = minorUnits(currency) + extra;
  const fixed = amount.toDecimalPlaces(digits).toFixed(digits);
  return moneyFormatter(currency, digits).format(fixed as unknown as number);
}
