import { isKnownCurrency } from '../money/currency';
import { Dec } from '../money/decimal';
import type { FigureUnit } from '../analysis/campaign-analysis';
import { decimalText } from './decimal-text';

/** A figure as a person writes it in a cell: a number with an optional bound, currency, % or x. */
export interface ParsedFigure {
  readonly value: Dec;
  readonly unit: FigureUnit | 'number';
  /** `max` for ≤, <=, <, max, at most, up to; `min` for ≥, >=, >, min, at least. */
  readonly bound: 'max' | 'min' | null;
}

const BOUNDS: ReadonlyArray<readonly [RegExp, 'max' | 'min']> = [
  [/^(<=|=<|≤|⩽|<|max(imum)?(?![a-z])\.?:?|at most(?![a-z])|up to(?![a-z]))/i, 'max'],
  [/^(>=|=>|≥|⩾|>|min(imum)?(?![a-z])\.?:?|at least(?![a-z]))/i, 'min'],
];
const SYMBOLS = ['US$', '$', '€', '£', '¥', '₹', '₩'];
const SHAPE =
  /^(?<sign>[-+−]?) ?(?<pre>US\$|[$€£¥₹₩]|[a-z]{3}(?= ?[\d.]))? ?(?<sign2>[-+−]?) ?(?<num>[\d.,](?:[\d.,]| (?=\d))*) ?(?<scale>[km](?![a-z]))? ?(?<suf>%|x|×|[$€£¥₹₩]|[a-z]{3})?$/i;
const SCALES: Readonly<Record<string, number>> = { k: 1_000, m: 1_000_000 };

function isCurrencyMark(mark: string): boolean {
  return SYMBOLS.includes(mark) || isKnownCurrency(mark.toUpperCase());
}

/**
 * Reads a figure: `500`, `1,000`, `3.5%`, `$80`, `€80`, `80 USD`, `≤ 80`, `max 80`, `≥ 500`, `2.4x`,
 * `2.4×`, `15k`, with spaces anywhere sensible. `null` when it is not a figure.
 *
 * @example parseFigure('≤ $80')?.value.toString() // '80' (unit 'money', bound 'max')
 * @example parseFigure('about 3') // null
 */
export function parseFigure(input: string | number): ParsedFigure | null {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { value: new Dec(input), unit: 'number', bound: null } : null;
  }
  let text = input.replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();
  let bound: ParsedFigure['bound'] = null;
  for (const [pattern, kind] of BOUNDS) {
    const m = pattern.exec(text);
    if (m !== null) {
      bound = kind;
      text = text.slice(m[0].length).trim();
      break;
    }
  }
  const g = SHAPE.exec(text)?.groups;
  if (g === undefined) return null;
  const { sign = '', pre = '', sign2 = '', num = '', scale = '', suf = '' } = g;
  if (sign !== '' && sign2 !== '') return null;
  const digits = decimalText(num);
  if (digits === null) return null;
  if (pre !== '' && (!isCurrencyMark(pre) || (suf !== '' && !isCurrencyMark(suf)))) return null;
  const unit = unitOf(pre, suf);
  if (unit === null) return null;
  let value = new Dec(digits).times(SCALES[scale.toLowerCase()] ?? 1);
  if (sign === '-' || sign === '−' || sign2 === '-' || sign2 === '−') value = value.neg();
  return { value, unit, bound };
}

function unitOf(pre: string, suf: string): ParsedFigure['unit'] | null {
  if (suf === '%') return pre === '' ? 'percent' : null;
  if (/^[x×]$/i.test(suf)) return pre === '' ? 'multiplier' : null;
  if (suf !== '') return isCurrencyMark(suf) ? 'money' : null;
  return pre === '' ? 'number' : 'money';
}
