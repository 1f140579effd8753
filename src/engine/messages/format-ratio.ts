/**
 * `x` rounded to `digits` significant figures, down or up (so an interval printed this way always
 * contains the exact one), as text.
 */
function significant(x: number, digits: number, mode: 'nearest' | 'down' | 'up'): string {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? '0' : '∞';
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const shift = digits - 1 - magnitude;
  const round = mode === 'nearest' ? Math.round : mode === 'down' ? Math.floor : Math.ceil;
  // A hair of tolerance so 2.0 stored as 1.9999999999 does not print as 1.9.
  const scaled = shift >= 0 ? x * 10 ** shift : x / 10 ** -shift;
  const whole = round(mode === 'down' ? scaled + 1e-9 : mode === 'up' ? scaled - 1e-9 : scaled);
  const value = shift >= 0 ? whole / 10 ** shift : whole * 10 ** -shift;
  return value.toFixed(decimals);
}

/**
 * Significant figures a ratio supports, from the width of its 95 % interval: 1 when the interval
 * spans more than a factor of 2 (`about 3×`), 2 when it spans more than 10 % (`about 2.4×`), else 3.
 *
 * @example ratioDigits(1.25, 7.2) // 1
 * @example ratioDigits(4.36, 5.73) // 2
 */
export function ratioDigits(low: number, high: number): number {
  const span = high / low;
  if (!Number.isFinite(span) || span > 2) return 1;
  return span > 1.1 ? 2 : 3;
}

/**
 * A ratio as the data support it, with its 95 % interval rounded outwards (two significant figures,
 * three for a narrow one), and `word` between the two: `about 3× lower (95% interval 1.2–7.3×)`. A
 * ratio with no upper bound (the worse side had none at all) is stated by its lower bound:
 * `at least 2.4× lower (95% lower bound)`.
 *
 * @example formatRatio({ ratio: 3.003, low: 1.25, high: 7.215 }, 'lower') // 'about 3× lower (95% interval 1.2–7.3×)'
 * @example formatRatio({ ratio: 5, low: 4.36, high: 5.73 }) // 'about 5.0× (95% interval 4.3–5.8×)'
 */
export function formatRatio(
  r: { readonly ratio: number; readonly low: number; readonly high: number },
  word = '',
): string {
  const after = word === '' ? '' : ` ${word}`;
  if (!Number.isFinite(r.ratio))
    return `at least ${significant(r.low, 2, 'down')}×${after} (95% lower bound)`;
  const digits = ratioDigits(r.low, r.high);
  // A lower bound above 1 is never shown as 1.0: it decides that the difference is real.
  let bounds = Math.max(2, digits);
  while (r.low > 1 && Number(significant(r.low, bounds, 'down')) <= 1 && bounds < 8) bounds += 1;
  const interval = `${significant(r.low, bounds, 'down')}–${significant(r.high, bounds, 'up')}×`;
  return `about ${significant(r.ratio, digits, 'nearest')}×${after} (95% interval ${interval})`;
}

/**
 * A count of clicks still needed, rounded up to two significant figures.
 *
 * @example clicksNeeded(4_712) // '4,800'
 */
export function clicksNeeded(n: number): string {
  const rounded = n < 100 ? Math.ceil(n) : Number(significant(n, 2, 'up'));
  return new Intl.NumberFormat('en-US').format(rounded);
}
