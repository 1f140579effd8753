import { baseBook, withCell, withRow, type Book } from '../hostile-book';
import { stops, writtenOutcomes, type HostileCase } from '../hostile-case';

const base = baseBook();
const KIND = 'invisible or look-alike ID';
const ZWSP = '\u200b';
const NBSP = '\u00a0';
/** Cyrillic Т, С and Greek Τ: drawn as the Latin T, C and T. */
const CYRILLIC_T = '\u0422';
const CYRILLIC_C = '\u0421';
const GREEK_T = '\u03a4';

/** Every Campaign ID of the book changed to `id`, so only the look of the ID differs. */
function campaignEverywhere(book: Book, id: string): Book {
  let out = withCell(book, 'Campaigns', 1, 'Campaign ID', id);
  for (const [sheet, rows] of [
    ['Tasks', 4],
    ['KPIs', 2],
    ['ChannelMetrics', 2],
  ] as const)
    for (let row = 1; row <= rows; row += 1) out = withCell(out, sheet, row, 'Campaign ID', id);
  return out;
}

export const ID_LOOK_CASES: HostileCase[] = [
  {
    kind: KIND,
    name: 'Campaign ID "C-1" and "C-1" + a zero-width space are the same campaign, used twice',
    book: withRow(base, 'Campaigns', {
      'Campaign ID': `C-1${ZWSP}`,
      'Mission ID': 'M-1',
      Name: 'Copy',
      Status: 'paused',
      'Budget Allocated': 1,
      'Start Date': '2026-11-01',
      'End Date': '2026-11-30',
    }),
    expect: stops('duplicate_id', 'Campaigns!A3'),
  },
  {
    kind: KIND,
    name: 'Task ID " T-1" + a non-breaking space is T-1 again',
    book: withRow(base, 'Tasks', {
      'Task ID': ` T-1${NBSP}`,
      'Campaign ID': 'C-1',
      Title: 'Again',
      Status: 'pending',
    }),
    expect: stops('duplicate_id', 'Tasks!A6'),
  },
  {
    kind: KIND,
    name: 'Task ID with a Cyrillic Т ("Т-2")',
    book: withCell(base, 'Tasks', 2, 'Task ID', `${CYRILLIC_T}-2`),
    expect: stops('confusable_id', 'Tasks!A3', '\\u0422'),
  },
  {
    kind: KIND,
    name: 'Depends On "Т-1" with a Cyrillic Т',
    book: withCell(base, 'Tasks', 2, 'Depends On', `${CYRILLIC_T}-1`),
    expect: stops('confusable_id', 'Tasks!F3', '\\u0422'),
  },
  {
    kind: KIND,
    name: 'Depends On "T-1, Τ-2" with a Greek Τ',
    book: withCell(base, 'Tasks', 3, 'Depends On', `T-1, ${GREEK_T}-2`),
    expect: stops('confusable_id', 'Tasks!F4', '\\u03A4'),
  },
  {
    kind: KIND,
    name: 'TaskUpdates Task ID "Т-2" with a Cyrillic Т',
    book: withCell(base, 'TaskUpdates', 1, 'Task ID', `${CYRILLIC_T}-2`),
    expect: stops('confusable_id', 'TaskUpdates!A2', '\\u0422'),
  },
  {
    kind: KIND,
    name: 'TaskUpdates Task ID "Ｔ-2" in fullwidth letters',
    book: withCell(base, 'TaskUpdates', 1, 'Task ID', '\uff34-2'),
    expect: stops('confusable_id', 'TaskUpdates!A2', '\\uFF34'),
  },
  {
    kind: KIND,
    name: 'ChannelMetrics Campaign ID "С-1" with a Cyrillic С',
    book: withCell(base, 'ChannelMetrics', 1, 'Campaign ID', `${CYRILLIC_C}-1`),
    expect: stops('confusable_id', 'ChannelMetrics!A2', '\\u0421'),
  },
  {
    kind: KIND,
    name: 'Mission ID "Mission-Сore": Latin with a Cyrillic С',
    book: withCell(base, 'Campaigns', 1, 'Mission ID', `Mission-${CYRILLIC_C}ore`),
    expect: stops('confusable_id', 'Campaigns!B2', '\\u0421'),
  },
  {
    kind: KIND,
    name: '--campaign "С-1" with a Cyrillic С is shown escaped',
    book: base,
    campaignIds: [`${CYRILLIC_C}-1`],
    expect: stops('unknown_campaign', 'Campaigns!A1:I1', '\\u0421-1'),
  },
  {
    kind: KIND,
    name: 'an update for "T-2" + a zero-width space applies to T-2',
    book: withCell(base, 'TaskUpdates', 1, 'Task ID', `T-2${ZWSP}`),
    expect: (run) => {
      expect(writtenOutcomes(run).get(2)).toBe('applied');
      expect(run.result.tasks.find((t) => t.taskId === 'T-2')?.status).toBe('completed');
    },
  },
  {
    kind: KIND,
    name: 'a Campaign ID with a zero-width space everywhere is written without it',
    book: campaignEverywhere(base, `C-1${ZWSP}`),
    expect: (run) => {
      expect(run.result.campaigns.map((c) => c.campaignId)).toEqual(['C-1']);
      expect(run.plan.newSheets.some((s) => s.includes('C-1'))).toBe(true);
      expect(run.plan.newSheets.filter((s) => s.includes(ZWSP))).toEqual([]);
    },
  },
  {
    kind: KIND,
    name: 'ChannelMetrics Campaign ID "C-1" + a non-breaking space counts for C-1',
    book: withCell(base, 'ChannelMetrics', 2, 'Campaign ID', `C-1${NBSP}`),
    expect: (run) => expect(run.input.channelMetrics.map((r) => r.campaignId)).toEqual(['C-1', 'C-1']),
  },
  {
    kind: KIND,
    name: '--campaign "C-1" + a zero-width space tracks C-1',
    book: base,
    campaignIds: [`C-1${ZWSP}`],
    expect: (run) => expect(run.result.campaigns.map((c) => c.campaignId)).toEqual(['C-1']),
  },
  {
    kind: KIND,
    name: 'an é typed as e + accent in Campaigns matches the é typed at once elsewhere',
    book: withCell(campaignEverywhere(base, 'Caf\u00e9-1'), 'Campaigns', 1, 'Campaign ID', 'Cafe\u0301-1'),
    expect: (run) => expect(run.result.campaigns.map((c) => c.campaignId)).toEqual(['Caf\u00e9-1']),
  },
  {
    kind: KIND,
    name: 'a Task ID in Cyrillic ("Запуск-1") is an ID in that alphabet',
    book: withCell(withCell(base, 'Tasks', 1, 'Task ID', 'Запуск-1'), 'Tasks', 2, 'Depends On', 'Запуск-1'),
    expect: (run) => expect(run.result.tasks.map((t) => t.taskId)).toContain('Запуск-1'),
  },
];
