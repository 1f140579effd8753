import { partsOfSerial } from './dates';

/** Month names as Excel's `mmmm` shows them in English. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function withoutLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** Whether a format section shows a date or time (it has y, m, d, h or s outside quotes). */
export function isDateSection(section: string): boolean {
  return /[ydhs]|m/i.test(withoutLiterals(section)) && !/^general$/i.test(section.trim());
}

const TOKEN =
  /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|am\/pm|A\/P|a\/p|"[^"]*"|\\.|\[[^\]]*\]|./g;

/**
 * A serial date shown under a date/time section (`yyyy-mm-dd`, `m/d/yyyy h:mm`, `mmm d, yyyy`,
 * `h:mm AM/PM`). `m` after an hour or before seconds means minutes, as in Excel.
 */
export function formatDateSection(serial: number, section: string): string {
  const p = partsOfSerial(serial);
  const tokens = section.match(TOKEN) ?? [];
  const twelveHour = tokens.some((t) => /^(AM\/PM|A\/P)$/i.test(t));
  const out: string[] = [];
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((t) => /^[hmsdy]/i.test(t) && !t.startsWith('"'));
    const next = tokens.slice(i + 1).find((t) => /^[hmsdy]/i.test(t) && !t.startsWith('"'));
    const minute =
      (lower === 'm' || lower === 'mm') &&
      (prev?.toLowerCase().startsWith('h') === true || next?.toLowerCase().startsWith('s') === true);
    const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
    const h = twelveHour ? hour12 : p.hour;
    const pieces: Record<string, string> = {
      yyyy: String(p.year),
      yy: String(p.year % 100).padStart(2, '0'),
      mmmm: MONTHS[p.month - 1] ?? '',
      mmm: (MONTHS[p.month - 1] ?? '').slice(0, 3),
      mm: minute ? String(p.minute).padStart(2, '0') : String(p.month).padStart(2, '0'),
      m: minute ? String(p.minute) : String(p.month),
      dddd: DAYS[weekday(serial)] ?? '',
      ddd: (DAYS[weekday(serial)] ?? '').slice(0, 3),
      dd: String(p.day).padStart(2, '0'),
      d: String(p.day),
      hh: String(h).padStart(2, '0'),
      h: String(h),
      ss: String(p.second).padStart(2, '0'),
      s: String(p.second),
      'am/pm': p.hour < 12 ? 'AM' : 'PM',
      'a/p': p.hour < 12 ? 'A' : 'P',
    };
    const piece = pieces[lower];
    if (piece !== undefined) out.push(piece);
    else if (token.startsWith('"')) out.push(token.slice(1, -1));
    else if (token.startsWith('\\')) out.push(token.slice(1));
    else if (!token.startsWith('[')) out.push(token);
  });
  return out.join('');
}

function weekday(serial: number): number {
  return ((Math.floor(serial) % 7) + 6) % 7;
}
