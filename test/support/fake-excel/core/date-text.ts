import { fullYear, serialOfDate } from './dates';

/**
 * Dates and times Excel (en-US) recognises in typed text, as a serial and the number format Excel
 * gives the cell: ISO `2026-11-24` (also `2026/11/24`), US `11/24/2026` or `11/24/26`, either with a
 * time `14:30` or `14:30:15`, and a time alone. Other shapes (`24/11/2026`, `24.11.2026`,
 * `2026-11-24T00:00:00Z`) stay text, as they do in an en-US Excel.
 *
 * @example parseDateTimeText('2026-11-24') // { serial: 46350, format: 'm/d/yyyy' }
 */
export function parseDateTimeText(raw: string): { serial: number; format: string } | undefined {
  const text = raw.trim();
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (time !== null) {
    const fraction = timeFraction(time[1], time[2], time[3]);
    if (fraction === undefined) return undefined;
    return { serial: fraction, format: time[3] === undefined ? 'h:mm' : 'h:mm:ss' };
  }
  const match = /^(\S+)(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (match === null || match[1] === undefined) return undefined;
  const day = dateSerial(match[1]);
  if (day === undefined) return undefined;
  if (match[2] === undefined) return { serial: day, format: 'm/d/yyyy' };
  const fraction = timeFraction(match[2], match[3], match[4]);
  return fraction === undefined ? undefined : { serial: day + fraction, format: 'm/d/yyyy h:mm' };
}

function dateSerial(text: string): number | undefined {
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (iso !== null) return serialOfDate({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (us !== null && us[3] !== undefined) {
    return serialOfDate({ year: fullYear(us[3]), month: Number(us[1]), day: Number(us[2]) });
  }
  return undefined;
}

function timeFraction(h?: string, m?: string, s?: string): number | undefined {
  const hour = Number(h);
  const minute = Number(m);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return (hour * 3600 + minute * 60 + second) / 86_400;
}
