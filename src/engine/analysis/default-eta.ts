import type { Instant, LocalDate } from '../model/primitives';
import type { Settings } from '../model/settings';
import { addDays, localDateOf } from '../time/zoned';

/**
 * The ETA printed for figures without data: Settings Data ETA, else the day after the report time's
 * local date in Settings Time Zone.
 *
 * @example defaultEta(Date.UTC(2026, 10, 24, 23, 30), { dataEta: null, timeZone: 'Europe/Paris' }) // '2026-11-26'
 */
export function defaultEta(asOf: Instant, settings: Pick<Settings, 'dataEta' | 'timeZone'>): LocalDate {
  return settings.dataEta ?? addDays(localDateOf(asOf, settings.timeZone), 1);
}
