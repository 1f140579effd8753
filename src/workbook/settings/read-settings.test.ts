import { DEFAULT_SETTINGS } from '../../engine/model/settings';
import type { RawCell, RawTable } from '../host';
import { readSettings, settingOfKey } from './read-settings';

function settings(
  rows: RawCell[][],
  formats?: Array<Array<string | null>>,
  header: RawCell[] = ['Key', 'Value'],
): RawTable {
  return {
    source: { kind: 'sheet', name: 'Settings' },
    sheet: 'Settings',
    headerRow: 1,
    firstColumn: 1,
    header,
    rows,
    ...(formats === undefined ? {} : { numberFormats: formats }),
  };
}

describe('settings keys', () => {
  it.each([
    ['Time Zone', 'timeZone'],
    ['time_zone', 'timeZone'],
    ['TIMEZONE', 'timeZone'],
    ['Performance Threshold %', 'performanceThresholdPct'],
    ['performance_threshold', 'performanceThresholdPct'],
    ['Budget Flag Spent', 'budgetFlagSpentPct'],
    ['min-clicks-for-comparison', 'minClicksForComparison'],
    ['As Of', 'asOf'],
    ['Data ETA', 'dataEta'],
  ])('%s is %s', (key, field) => {
    expect(settingOfKey(key)).toBe(field);
  });

  it.each(['__proto__', 'constructor', 'toString', 'Timezones'])('%s is not a setting', (key) => {
    expect(settingOfKey(key)).toBeUndefined();
  });
});

describe('readSettings', () => {
  it('reads numbers typed as text in the Number Format, wherever its row is', () => {
    const read = readSettings(
      settings([
        ['Min Clicks For Comparison', '1.500'],
        ['Blocked Escalation Hours', '12,5'],
        ['Number Format', 'decimal comma'],
      ]),
    );
    expect(read.issues).toEqual([]);
    expect(read.settings).toMatchObject({
      minClicksForComparison: 1500,
      blockedEscalationHours: 12.5,
      numberFormat: '1.234,56',
    });
  });

  it('gives the defaults without a Settings table', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, location: null, issues: [] });
  });

  it('reads every key over the defaults', () => {
    const read = readSettings(
      settings(
        [
          ['As Of', '2026-11-24 09:30'],
          ['Time Zone', 'Europe/Paris'],
          ['Currency', 'eur'],
          ['Retry Limit', 5],
          ['Blocked Escalation Hours', '48'],
          ['Performance Threshold %', '60%'],
          ['Budget Flag Spent %', 0.75],
          ['Budget Flag Completion %', 40],
          ['Min Clicks For Comparison', '1,000'],
          ['Data ETA', 46351],
          ['Timeline At Risk Gap %', 5],
          ['Timeline Delayed Gap %', ''],
          ['Number Format', '1,234.56'],
        ],
        [[], [], [], [], [], [], [null, '0%'], [], [], [], [], [], []],
      ),
    );
    expect(read.issues).toEqual([]);
    expect(read.settings).toEqual({
      // 09:30 in Paris in November (UTC+1) is 08:30 UTC: the Time Zone row is read first.
      asOf: Date.UTC(2026, 10, 24, 8, 30),
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      retryLimit: 5,
      blockedEscalationHours: 48,
      performanceThresholdPct: 60,
      budgetFlagSpentPct: 75,
      budgetFlagCompletionPct: 40,
      minClicksForComparison: 1000,
      dataEta: '2026-11-25',
      timelineAtRiskGapPct: 5,
      timelineDelayedGapPct: 25,
      numberFormat: '1,234.56',
    });
    expect(read.location?.keyRows?.timeZone).toBe(1);
    expect(read.location?.columns.value).toBe(2);
  });

  it.each([
    ['UTC', Date.UTC(2026, 10, 25)],
    ['Europe/Paris', Date.UTC(2026, 10, 24, 23)],
    ['America/New_York', Date.UTC(2026, 10, 25, 5)],
  ])('a date-only As Of is the end of that day in %s', (zone, instant) => {
    const read = readSettings(
      settings([
        ['As Of', '2026-11-24'],
        ['Time Zone', zone],
      ]),
    );
    expect(read.settings.asOf).toBe(instant);
  });

  it('reports every bad value with its kind, and warns about unknown keys', () => {
    const read = readSettings(
      settings([
        ['Time Zone', 'Mars/Olympus'],
        ['Currency', 'Euro'],
        ['Retry Limit', 0],
        ['Blocked Escalation Hours', 0],
        ['Performance Threshold %', 'half'],
        ['Min Clicks For Comparison', -1],
        ['Colour', 'blue'],
        ['As Of', '24/11/2026'],
        ['Data ETA', { error: '#N/A' }],
        ['time zone', 'UTC'],
      ]),
    );
    expect(read.issues).toEqual([
      { code: 'unknown_setting', key: 'Colour', path: ['settings', 6, 'key'], severity: 'warning' },
      {
        code: 'duplicate_id',
        column: 'Key',
        value: 'time zone',
        firstPath: ['settings', 0, 'key'],
        path: ['settings', 9, 'key'],
        severity: 'error',
      },
      {
        code: 'invalid_value',
        column: 'Time Zone',
        value: 'Mars/Olympus',
        expected: 'time_zone',
        path: ['settings', 0, 'value'],
        severity: 'error',
      },
      {
        code: 'invalid_value',
        column: 'Currency',
        value: 'Euro',
        expected: 'currency_code',
        path: ['settings', 1, 'value'],
        severity: 'error',
      },
      {
        code: 'too_small',
        column: 'Retry Limit',
        value: 0,
        min: 1,
        inclusive: true,
        path: ['settings', 2, 'value'],
        severity: 'error',
      },
      {
        code: 'too_small',
        column: 'Blocked Escalation Hours',
        value: 0,
        min: 0,
        inclusive: false,
        path: ['settings', 3, 'value'],
        severity: 'error',
      },
      {
        code: 'invalid_value',
        column: 'Performance Threshold %',
        value: 'half',
        expected: 'percent',
        path: ['settings', 4, 'value'],
        severity: 'error',
      },
      {
        code: 'negative_value',
        column: 'Min Clicks For Comparison',
        value: -1,
        path: ['settings', 5, 'value'],
        severity: 'error',
      },
      {
        code: 'ambiguous_date',
        column: 'As Of',
        value: '24/11/2026',
        candidates: ['2026-11-24'],
        path: ['settings', 7, 'value'],
        severity: 'error',
      },
      {
        code: 'cell_error',
        column: 'Data ETA',
        value: '#N/A',
        path: ['settings', 8, 'value'],
        severity: 'error',
      },
    ]);
    // A bad Time Zone leaves UTC, so the other dates are still read.
    expect(read.settings.timeZone).toBe('UTC');
  });

  it('skips blank rows and keeps defaults for blank values', () => {
    const read = readSettings(
      settings([
        [null, null],
        ['Retry Limit', '  '],
        ['', ''],
        ['Retry Limit ', null],
      ]),
    );
    expect(read.issues).toEqual([
      {
        code: 'duplicate_id',
        column: 'Key',
        value: 'Retry Limit',
        firstPath: ['settings', 0, 'key'],
        path: ['settings', 1, 'key'],
        severity: 'error',
      },
    ]);
    expect(read.settings.retryLimit).toBe(3);
    expect(read.location?.rows).toEqual([3, 5]);
  });

  it('needs the Key and Value columns', () => {
    const read = readSettings(settings([['Time Zone', 'UTC']], undefined, ['Setting', 'Val']));
    expect(read.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_column', ['settings', 'key']],
      ['missing_column', ['settings', 'value']],
    ]);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
  });
});
