import type { ChannelMetric } from '../model/channel-metric';
import type { LocalDate } from '../model/primitives';
import { weekdayIndex } from '../time/weekday';
import { addDays } from '../time/zoned';
import { makeRow } from './fixtures';

/**
 * One channel's daily rows from `from` for `days` days, with one figure set on weekdays and another
 * at weekends, and any day's figures overridden by date (a spike).
 *
 * @example dailyRows('Search', '2026-11-01', 15, { cost: 200 }, { cost: 50 })
 */
export function dailyRows(
  channel: string,
  from: LocalDate,
  days: number,
  weekday: Partial<ChannelMetric>,
  weekend: Partial<ChannelMetric>,
  overrides: Readonly<Record<LocalDate, Partial<ChannelMetric>>> = {},
): ChannelMetric[] {
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(from, i);
    const figures = weekdayIndex(date) >= 5 ? weekend : weekday;
    return makeRow(channel, { date, ...figures, ...overrides[date] });
  });
}
