import { error, warning, type Issue } from '../../engine/issues/issue';
import { DEFAULT_SETTINGS, SETTINGS_KEYS, type Settings } from '../../engine/model/settings';
import { isBlankCell, type CellContext, type CellReader } from '../cells/cell-read';
import { readText } from '../cells/read-text';
import type { RawCell, RawTable } from '../host';
import { normalizeSettingsKey } from '../names/normalize-name';
import type { TableLocation } from '../source-map';
import { readHeader } from '../tables/header';
import { tableLocation } from '../tables/table-location';
import { SETTING_READERS } from './setting-readers';

/** The two columns of the Settings table. */
export const SETTINGS_COLUMNS = Object.freeze({ key: 'Key', value: 'Value' });

const FIELDS = new Map<string, keyof Settings>(
  (Object.keys(SETTINGS_KEYS) as Array<keyof Settings>).map((field) => [
    normalizeSettingsKey(SETTINGS_KEYS[field]),
    field,
  ]),
);

/**
 * The setting a key names (`performance_threshold` → `performanceThresholdPct`), matched like names
 * with `%` ignored too.
 *
 * @example settingOfKey('Time zone') // 'timeZone'
 */
export function settingOfKey(key: string): keyof Settings | undefined {
  return FIELDS.get(normalizeSettingsKey(key));
}

export interface SettingsRead {
  readonly settings: Settings;
  /** `null` when the workbook has no Settings table. */
  readonly location: TableLocation | null;
  readonly issues: Issue[];
}

interface Entry {
  readonly field: keyof Settings;
  /** Model row index (paths) and index into `raw.rows`. */
  readonly i: number;
  readonly r: number;
}

const KEY_CONTEXT: CellContext = { column: SETTINGS_COLUMNS.key, timeZone: 'UTC', numberFormat: null };

/**
 * Reads the Settings table (Key, Value rows) over `DEFAULT_SETTINGS`. Time Zone and Number Format
 * are read first: every other date, here and in the other tables, is read in that zone, and every
 * number typed as text in that style. An unknown key is a warning
 * (`unknown_setting`), a key given twice an error; a blank Value keeps the default.
 * Paths: `['settings', <row index>, 'key' | 'value']`. A Settings sheet with nothing in it is no settings.
 *
 * @example readSettings(raw).settings.retryLimit // 3 unless the table says otherwise
 */
export function readSettings(raw: RawTable | undefined): SettingsRead {
  if (raw === undefined) return { settings: DEFAULT_SETTINGS, location: null, issues: [] };
  const header = readHeader(raw.header, {
    key: 'settings',
    label: 'Settings',
    labels: SETTINGS_COLUMNS,
    required: ['key', 'value'],
    severity: 'error',
  });
  const blank = header.empty && raw.rows.every((cells) => cells.every(isBlankCell));
  const issues: Issue[] = blank ? [] : [...header.issues];
  const keyColumn = header.columns.get('key');
  const valueColumn = header.columns.get('value');
  const keyRows = Object.create(null) as Record<string, number | undefined>;
  const entries: Entry[] = [];
  const sheetRows: number[] = [];
  raw.rows.forEach((cells, r) => {
    if (cells.every(isBlankCell)) return;
    const i = sheetRows.length;
    sheetRows.push(raw.headerRow + 1 + r);
    if (keyColumn === undefined) return;
    const key = readText(cells[keyColumn] ?? null, KEY_CONTEXT);
    if (!key.ok) return void issues.push(error(['settings', i, 'key'], key.detail));
    const field = key.value === null ? undefined : settingOfKey(key.value);
    if (field === undefined) {
      return void issues.push(
        warning(['settings', i, 'key'], { code: 'unknown_setting', key: key.value ?? '' }),
      );
    }
    const first = keyRows[field];
    if (first !== undefined) {
      const detail = {
        code: 'duplicate_id',
        column: SETTINGS_COLUMNS.key,
        value: key.value ?? '',
        firstPath: ['settings', first, 'key'],
      } as const;
      return void issues.push(error(['settings', i, 'key'], detail));
    }
    keyRows[field] = i;
    entries.push({ field, i, r });
  });

  const settings: Settings = { ...DEFAULT_SETTINGS };
  const valueOf = (entry: Entry): { cell: RawCell; format: string | null } =>
    valueColumn === undefined
      ? { cell: null, format: null }
      : {
          cell: raw.rows[entry.r]?.[valueColumn] ?? null,
          format: raw.numberFormats?.[entry.r]?.[valueColumn] ?? null,
        };
  const apply = <K extends keyof Settings>(field: K, entry: Entry): void => {
    const { cell, format } = valueOf(entry);
    const context = {
      column: SETTINGS_KEYS[field],
      timeZone: settings.timeZone,
      numberFormat: format,
      numberStyle: settings.numberFormat,
    };
    const reader: CellReader<NonNullable<Settings[K]>> = SETTING_READERS[field];
    const read = reader(cell, context);
    if (!read.ok) issues.push(error(['settings', entry.i, 'value'], read.detail));
    else if (read.value !== null) settings[field] = read.value;
  };
  const first = (e: Entry): boolean => e.field === 'timeZone' || e.field === 'numberFormat';
  const ordered = [...entries.filter(first), ...entries.filter((e) => !first(e))];
  for (const entry of ordered) apply(entry.field, entry);

  return { settings, location: { ...tableLocation(raw, header.columns, sheetRows), keyRows }, issues };
}
