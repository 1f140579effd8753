import { type Settings, SETTINGS_KEYS } from '../../engine/model/settings';
import { DATE_FORMAT, DATE_TIME_FORMAT, dateSerial, serialAt } from '../plan/excel-time';
import type { PlanValue } from '../plan/write-plan';

export interface SettingsRow {
  readonly key: string;
  readonly value: PlanValue;
  /** The Value cell's own number format (the column holds numbers, text and dates). */
  readonly format: string | null;
}

/**
 * One Key/Value row per setting, in SETTINGS_KEYS order; a setting without a value (As Of,
 * Currency, Data ETA by default) has a blank Value.
 *
 * @example settingsRows(DEFAULT_SETTINGS)[1] // { key: 'Time Zone', value: 'UTC', format: null }
 */
export function settingsRows(settings: Settings): SettingsRow[] {
  return (Object.keys(SETTINGS_KEYS) as Array<keyof Settings>).map((field) => {
    const key = SETTINGS_KEYS[field];
    if (field === 'asOf') {
      const v = settings.asOf;
      return v === null
        ? { key, value: null, format: null }
        : { key, value: serialAt(v, settings.timeZone), format: DATE_TIME_FORMAT };
    }
    if (field === 'dataEta') {
      const v = settings.dataEta;
      return v === null
        ? { key, value: null, format: null }
        : { key, value: dateSerial(v), format: DATE_FORMAT };
    }
    return { key, value: settings[field], format: null };
  });
}
