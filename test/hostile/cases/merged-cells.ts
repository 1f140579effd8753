import { baseBook, withCell, withColumn, withMerge, type Book } from '../hostile-book';
import { stops, stopsWithAll, type HostileCase } from '../hostile-case';

const base = baseBook();
const KIND = 'merged cells in a table';

/** The book with `range` merged on `sheet`, the cells it covers emptied first (as Excel does). */
function merged(
  book: Book,
  sheet: string,
  range: string,
  covered: ReadonlyArray<readonly [row: number, label: string]>,
): Book {
  const emptied = covered.reduce((b, [row, label]) => withCell(b, sheet, row, label, null), book);
  return withMerge(emptied, sheet, range);
}

export const MERGED_CASES: HostileCase[] = [
  {
    kind: KIND,
    name: 'Task ID merged over two rows (A2:A3)',
    book: merged(base, 'Tasks', 'A2:A3', [[2, 'Task ID']]),
    expect: stops('merged_cells', 'Tasks!A2', 'A2:A3'),
  },
  {
    kind: KIND,
    name: 'Mission ID and Name merged (B2:C2)',
    book: merged(base, 'Campaigns', 'B2:C2', [[1, 'Name']]),
    expect: stops('merged_cells', 'Campaigns!B2', 'B2:C2'),
  },
  {
    kind: KIND,
    name: 'one Channel for two days (B2:B3)',
    book: merged(base, 'ChannelMetrics', 'B2:B3', [[2, 'Channel']]),
    expect: stops('merged_cells', 'ChannelMetrics!B2', 'B2:B3'),
  },
  {
    kind: KIND,
    name: 'two KPIs headers merged (A1:B1): Metric is lost',
    book: withMerge(
      {
        ...base,
        KPIs: { ...base['KPIs']!, header: ['Campaign ID', null, ...base['KPIs']!.header.slice(2)] },
      },
      'KPIs',
      'A1:B1',
    ),
    expect: stopsWithAll(stops('merged_cells', 'KPIs!A1', 'A1:B1'), stops('missing_column', 'KPIs!A1:G1')),
  },
  {
    kind: KIND,
    name: 'cells merged in a Notes column the tool does not read',
    book: merged(withColumn(base, 'Tasks', 'Notes', 'see brief'), 'Tasks', 'Q2:Q3', [[2, 'Notes']]),
    expect: (run) => expect(run.input.tasks).toHaveLength(4),
  },
];
