import { baseBook, withCell } from '../hostile-book';
import { stops, type HostileCase } from '../hostile-case';

const base = baseBook();

export const REFERENCE_CASES: HostileCase[] = [
  {
    kind: 'dependency cycle',
    name: 'T-1 → T-3 → T-2 → T-1',
    book: withCell(base, 'Tasks', 1, 'Depends On', 'T-3'),
    expect: stops('dependency_cycle', 'Tasks!F2'),
  },
  {
    kind: 'dependency cycle',
    name: 'a task that depends on itself',
    book: withCell(base, 'Tasks', 4, 'Depends On', 'T-4'),
    expect: stops('dependency_cycle', 'Tasks!F5'),
  },
  {
    kind: 'dangling reference',
    name: 'Depends On an unknown task',
    book: withCell(base, 'Tasks', 1, 'Depends On', 'T-99'),
    expect: stops('unknown_reference', 'Tasks!F2'),
  },
  ...[
    ['Tasks', 'Tasks!B2'],
    ['KPIs', 'KPIs!A2'],
    ['ChannelMetrics', 'ChannelMetrics!A2'],
  ].map(([sheet, address]): HostileCase => ({
    kind: 'dangling reference',
    name: `${sheet} naming campaign C-9`,
    book: withCell(base, sheet ?? '', 1, 'Campaign ID', 'C-9'),
    expect: stops('unknown_reference', address ?? ''),
  })),
  {
    kind: 'dangling reference',
    name: '--campaign naming a campaign that does not exist',
    book: base,
    campaignIds: ['C-9'],
    // Addressed to the Campaigns header, where the ids are listed.
    expect: stops('unknown_campaign', 'Campaigns!A1:I1'),
  },
];
