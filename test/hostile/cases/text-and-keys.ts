import type { RawCell } from '../../../src/workbook/host';
import { baseBook, withCell, withColumn, withRows, type Book } from '../hostile-book';
import { stops, type HostileCase } from '../hostile-case';
import type { Planned } from '../pipeline';

const base = baseBook();
const LONG = 'x'.repeat(100_000);
const OBJECT_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

type At = readonly [sheet: string, row: number, column: string, address: string];

/** 100,000 characters where Excel allows 32,767: refused, the message quoting a short start of it. */
const longTexts: HostileCase[] = (
  [
    ['Campaigns', 1, 'Campaign ID', 'Campaigns!A2'],
    ['Campaigns', 1, 'Name', 'Campaigns!C2'],
    ['Tasks', 1, 'Task ID', 'Tasks!A2'],
    ['Tasks', 1, 'Title', 'Tasks!C2'],
    ['Tasks', 1, 'Expected Result', 'Tasks!G2'],
    ['Tasks', 4, 'Blocker', 'Tasks!O5'],
    ['Tasks', 2, 'Depends On', 'Tasks!F3'],
    ['KPIs', 1, 'Metric', 'KPIs!B2'],
    ['KPIs', 1, 'Target', 'KPIs!C2'],
    ['ChannelMetrics', 1, 'Channel', 'ChannelMetrics!B2'],
    ['TaskUpdates', 1, 'Result', 'TaskUpdates!C2'],
    ['TaskUpdates', 1, 'Blockers', 'TaskUpdates!D2'],
  ] satisfies At[]
).map(([sheet, row, column, address]) => ({
  kind: '100,000-character text',
  name: `${address} (${column})`,
  book: withCell(base, sheet, row, column, LONG),
  expect: stops('text_too_long', address),
}));

/** Every own property name of a value, recursively: what a polluted object would show. */
function noPollution(): void {
  expect(
    Object.getOwnPropertyNames(Object.prototype).filter((k) => !Object.hasOwn(Object.getPrototypeOf({}), k)),
  ).toEqual([]);
  for (const key of ['polluted', 'campaignId', 'taskId']) expect(key in {}).toBe(false);
}

/** Object keys as IDs everywhere a campaign or task is named. */
function keysAsIds(): Book {
  const [campaign, ...tasks] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  let book = base;
  const campaignSheets: ReadonlyArray<readonly [string, number]> = [
    ['Campaigns', 1],
    ['Tasks', 4],
    ['KPIs', 2],
    ['ChannelMetrics', 2],
  ];
  for (const [sheet, rows] of campaignSheets)
    for (let r = 1; r <= rows; r++) book = withCell(book, sheet, r, 'Campaign ID', campaign ?? '');
  tasks.forEach((id, i) => (book = withCell(book, 'Tasks', i + 1, 'Task ID', id)));
  book = withCell(book, 'Tasks', 2, 'Depends On', tasks[0] ?? '');
  book = withCell(book, 'Tasks', 3, 'Depends On', tasks[1] ?? '');
  book = withCell(book, 'ChannelMetrics', 1, 'Channel', '__proto__');
  book = withCell(book, 'KPIs', 2, 'Metric', 'constructor');
  return withRows(book, 'TaskUpdates', [
    [tasks[1] ?? '', 'completed', 'done', null, 1, '2026-11-19 09:00', null, null],
    [tasks[2] ?? '', 'in_progress', null, null, null, '2026-11-19 10:00', null, null],
  ]);
}

const objectKeys: HostileCase[] = [
  ...OBJECT_KEYS.map((key): HostileCase => ({
    kind: '__proto__ and constructor as headers or IDs',
    name: `a column headed ${key} in every table`,
    book: Object.fromEntries(
      Object.entries(base).map(([name]) => [name, withColumn(base, name, key, `${key}-value`)[name]]),
    ) as Book,
    expect: (run: Planned) => {
      expect(run.result.campaigns.map((c) => c.campaignId)).toEqual(['C-1']);
      for (const table of [run.input.campaigns, run.input.tasks, run.input.channelMetrics])
        for (const row of table) expect(Object.hasOwn(row, key)).toBe(false);
      noPollution();
    },
  })),
  {
    kind: '__proto__ and constructor as headers or IDs',
    name: 'campaign __proto__, tasks constructor … valueOf, channel __proto__, metric constructor',
    book: keysAsIds(),
    expect: (run) => {
      const [c] = run.result.campaigns;
      expect(c?.campaignId).toBe('__proto__');
      expect(c?.report.campaign_id).toBe('__proto__');
      expect(c?.report.task_summary.total).toBe(4);
      expect(run.result.taskChanges.map((t) => [t.taskId, t.to])).toEqual([
        ['toString', 'completed'],
        ['hasOwnProperty', 'in_progress'],
      ]);
      expect(c?.report.performance_vs_target.map((k) => k.metric)).toEqual(['conversions', 'constructor']);
      expect(JSON.stringify(c?.feedback)).toContain('__proto__');
      noPollution();
    },
  },
  {
    kind: '__proto__ and constructor as headers or IDs',
    name: 'a Settings key __proto__ is an unknown setting (a warning)',
    book: withRows(base, 'Settings', [
      ['Time Zone', 'UTC'],
      ['As Of', '2026-11-20 12:00'],
      ['__proto__', '{"retryLimit":0}'],
    ] satisfies RawCell[][]),
    expect: (run) => {
      expect(run.lines).toEqual(['Settings!A4: unknown setting "__proto__" (ignored)']);
      expect(run.input.settings.retryLimit).toBe(3);
      noPollution();
    },
  },
];

const longSetting: HostileCase = {
  kind: '100,000-character text',
  name: 'Settings!B2 (the Time Zone value): not a time zone',
  book: withCell(base, 'Settings', 1, 'Value', LONG),
  expect: stops('invalid_value', 'Settings!B2'),
};

export const TEXT_AND_KEY_CASES: HostileCase[] = [...longTexts, longSetting, ...objectKeys];
