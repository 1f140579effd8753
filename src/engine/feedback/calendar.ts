import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import type { LocalDate } from '../model/primitives';
import { localDateOf, parseLocalDate } from '../time/zoned';

const DAY_MS = 86_400_000;

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example daysBetween('2026-11-28', '2026-12-02') // 4
 */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  if (a === null || b === null) throw new RangeError(`not a date: ${a === null ? from : to}`);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/**
 * as_of's date in the workbook's time zone.
 *
 * @example asOfDate(a) // '2026-11-16'
 */
export function asOfDate(a: CampaignAnalysis): LocalDate {
  return localDateOf(a.asOf, a.settings.timeZone);
}

/**
 * The campaign's last day: the local date of the last instant before its end.
 *
 * @example lastDay(a) // '2026-11-30' for an End Date of 2026-11-30 (ending at the next midnight)
 */
export function lastDay(a: CampaignAnalysis): LocalDate {
  return localDateOf(a.campaign.endAt - 1, a.settings.timeZone);
}

/**
 * Days left in a running campaign, today included (as_of's date through the last day); 0 once ended.
 *
 * @example daysLeft(a) // 15 with as_of 2026-11-16 and a last day of 2026-11-30
 */
export function daysLeft(a: CampaignAnalysis): number {
  if (a.timeline.phase === 'ended') return 0;
  return Math.max(1, daysBetween(asOfDate(a), lastDay(a)) + 1);
}
