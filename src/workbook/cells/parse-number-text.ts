import { Dec } from '../../engine/money/decimal';
import type { NumberStyle } from '../../engine/model/settings';
import { styledDigits } from './number-style';

/** What a number cell's text means: a number, nothing (`-`, `--`), or not a number. */
export type NumberText = number | 'blank' | 'invalid';

const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);
/** Longer texts are not numbers anyone typed; refusing them early keeps huge cells cheap. */
const MAX_LENGTH = 400;

/**
 * Reads a number as people type it in a cell, in the workbook's style (Settings Number Format;
 * `1,234.56` unless it says `1.234,56`): `1,234.50`, ` 12 `, `1 234`, `12%` (0.12). `(1,234)` is
 * not a number; `-`, `--` and dashes mean blank.
 *
 * @example parseNumberText('1,234.50') // 1234.5
 * @example parseNumberText('1.234,50', '1.234,56') // 1234.5
 * @example parseNumberText('12%') // 0.12
 * @example parseNumberText('--') // 'blank'
 * @example parseNumberText('(1,234)') // 'invalid'
 */
export function parseNumberText(text: string, style: NumberStyle = '1,234.56'): NumberText {
  let t = text.trim();
  if (t === '' || DASHES.has(t)) return 'blank';
  if (t.length > MAX_LENGTH) return 'invalid';
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1).trimEnd();
  const sign = t.startsWith('-') || t.startsWith('+') ? t.charAt(0) : '';
  const digits = styledDigits(t.slice(sign.length), style);
  if (digits === null) return 'invalid';
  const value = percent ? new Dec(`${sign}${digits}`).div(100).toNumber() : Number(`${sign}${digits}`);
  return Number.isFinite(value) ? value : 'invalid';
}
