import { Dec } from '../../engine/money/decimal';

/** What a number cell's text means: a number, nothing (`-`, `--`), or not a number. */
export type NumberText = number | 'blank' | 'invalid';

const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);
/** `1234.5`, `1,234.50`, `.5`, `-12`, `1.5e3`: digits grouped by commas in threes, or not at all. */
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;
/** Longer texts are not numbers anyone typed; refusing them early keeps huge cells cheap. */
const MAX_LENGTH = 400;

/**
 * Reads a number as people type it in a cell (en-US: `.` decimal point, `,` grouping): `1,234.50`,
 * ` 12 `, `12%` (0.12). `(1,234)` and `1.234,5` are not numbers; `-`, `--` and dashes mean blank.
 *
 * @example parseNumberText('1,234.50') // 1234.5
 * @example parseNumberText('12%') // 0.12
 * @example parseNumberText('--') // 'blank'
 * @example parseNumberText('(1,234)') // 'invalid'
 */
export function parseNumberText(text: string): NumberText {
  let t = text.trim();
  if (t === '' || DASHES.has(t)) return 'blank';
  if (t.length > MAX_LENGTH) return 'invalid';
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1).trimEnd();
  const m = NUMBER.exec(t);
  if (m === null) return 'invalid';
  const [, sign = '', whole = '', fraction, exponent] = m;
  if (whole === '' && (fraction === undefined || fraction === '')) return 'invalid';
  const plain = `${sign}${whole === '' ? '0' : whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}${
    exponent === undefined ? '' : `e${exponent}`
  }`;
  const value = percent ? new Dec(plain).div(100).toNumber() : Number(plain);
  return Number.isFinite(value) ? value : 'invalid';
}
