import { isErrorValue, type CellValue } from '../model/cell';
import { formatDateSection, isDateSection } from './date-format';

/**
 * The text Excel shows for a value under a number format (`Range.text`), for the formats an add-in
 * writes: General, `@`, `0`, `0.00`, `#,##0.00`, `0%`, `0.0%`, `0.00E+00`, `$#,##0.00`, dates and
 * times (`yyyy-mm-dd`, `m/d/yyyy h:mm`, `mmm d, yyyy`), up to four `;` sections. Real Excel also
 * depends on column width (`####`) and locale; the fake does not.
 *
 * In a 1904 workbook (`date1904`) a date serial counts days from 1904-01-01.
 *
 * @example displayText(0.035, '0.0%') // '3.5%'
 * @example displayText(46350, 'yyyy-mm-dd') // '2026-11-24'
 * @example displayText(44888, 'yyyy-mm-dd', true) // '2026-11-24'
 */
export function displayText(value: CellValue, format: string, date1904 = false): string {
  if (value === null) return '';
  if (isErrorValue(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sections = splitSections(format);
  if (typeof value === 'string') {
    const textSection =
      sections[3] ?? (sections.length === 1 && sections[0]?.includes('@') ? sections[0] : undefined);
    return textSection === undefined ? value : literalText(textSection).replace('@', value);
  }
  if (format === '' || /^general$/i.test(format) || format === '@') return generalNumber(value);
  const [positive = 'General', negative, zero] = sections;
  const section = (n: number, s: string) =>
    isDateSection(s) ? formatDateSection(n + (date1904 ? 1462 : 0), s) : formatSection(n, s);
  if (value < 0 && negative !== undefined) return section(-value, negative);
  if (value === 0 && zero !== undefined) return section(0, zero);
  const text = section(Math.abs(value), positive);
  return value < 0 && !isDateSection(positive) ? `-${text}` : text;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i += 1) {
    const ch = format.charAt(i);
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + format.charAt(i + 1);
      i += 1;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

function formatSection(value: number, section: string): string {
  if (/^general$/i.test(section.trim())) return generalNumber(value);
  if (isDateSection(section)) return formatDateSection(value, section);
  const pattern = stripBrackets(section);
  const masked = pattern.replace(/"[^"]*"|\\.|_.|\*./g, (m) => '\u0001'.repeat(m.length));
  const first = masked.search(/[0#?]/);
  if (first < 0) return literalText(pattern);
  let numericEnd = first;
  while (numericEnd < masked.length) {
    const ch = masked.charAt(numericEnd);
    if (/[0#?,.]/.test(ch)) numericEnd += 1;
    else if (/[Ee]/.test(ch) && /[+-]/.test(masked.charAt(numericEnd + 1))) numericEnd += 2;
    else break;
  }
  const numeric = pattern.slice(first, numericEnd);
  const percent = masked.includes('%');
  const body = renderNumber(percent ? value * 100 : value, numeric);
  return literalText(pattern.slice(0, first)) + body + literalText(pattern.slice(numericEnd));
}

function renderNumber(value: number, numeric: string): string {
  const exponentAt = numeric.search(/E[+-]/);
  const mantissaPattern = exponentAt < 0 ? numeric : numeric.slice(0, exponentAt);
  const [intPattern = '', fracPattern = ''] = mantissaPattern.split('.');
  const decimals = (fracPattern.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPattern.match(/0/g) ?? []).length;
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const grouped = /[0#?],[0#?]/.test(intPattern);
  if (exponentAt >= 0) {
    const digits = numeric.length - exponentAt - 2;
    const exp = value === 0 ? 0 : Math.floor(Math.log10(value));
    const mantissa = (value / 10 ** exp).toFixed(decimals);
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}E${sign}${String(Math.abs(exp)).padStart(digits, '0')}`;
  }
  const [intText = '0', fracText = ''] = roundHalfUp(value, decimals).split('.');
  let frac = fracText;
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  let int = intText === '0' && minInt === 0 ? '' : intText.padStart(minInt, '0');
  if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac.length > 0
    ? `${int}.${frac}`
    : decimals > 0 && minDecimals === 0 && fracPattern !== ''
      ? `${int}.`
      : int;
}

/** Excel rounds half away from zero; `toFixed` works on the binary value, so nudge it. */
function roundHalfUp(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  return (Math.round(value * factor + Number.EPSILON * factor) / factor).toFixed(decimals);
}

function stripBrackets(section: string): string {
  return section.replace(/\[[^\]]*\]/g, '');
}

/** The literal parts of a format: quoted text, escaped characters, `$ - + / ( ) : space %`. */
function literalText(part: string): string {
  return stripBrackets(part)
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/_./g, ' ')
    .replace(/\*./g, '');
}

/** General: integers as they are (up to 11 digits), others to at most 11 characters, else scientific. */
export function generalNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa = '', exp = '0'] = value.toExponential(5).split('e');
    const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    const expNumber = Number(exp);
    return `${trimmed}E${expNumber < 0 ? '-' : '+'}${String(Math.abs(expNumber)).padStart(2, '0')}`;
  }
  if (Number.isInteger(value)) return String(value);
  const intDigits = String(Math.trunc(abs)).length;
  const room = 11 - intDigits - 1 - (value < 0 ? 1 : 0);
  const fixed = value.toFixed(Math.max(0, Math.min(room, 10)));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}
