import ExcelJS from 'exceljs';

/** One input of a test workbook: an Excel table, or a plain sheet whose first row is the header. */
export interface InputSpec {
  name: string;
  asTable: boolean;
  header: string[];
  rows: ExcelJS.CellValue[][];
}

const day = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

/** The report time the good workbook is meant for: after the campaign's midpoint. */
export const GOOD_AS_OF = '2026-11-20T12:00:00Z';
export const FORMULA_LIKE = '=HYPERLINK("http://example.com","click")';

/**
 * A small, valid workbook: one active campaign, four tasks (Tasks is a plain sheet, the rest are
 * tables), two KPIs, two channels, three task updates (two apply, one names an unknown task).
 * Tests change the specs to make each kind of input error.
 */
export function goodWorkbookSpecs(): InputSpec[] {
  return [
    {
      name: 'Campaigns',
      asTable: true,
      header: [
        'Campaign ID',
        'Mission ID',
        'Name',
        'Status',
        'Budget Allocated',
        'Budget Spent',
        'Start Date',
        'End Date',
        'Currency',
      ],
      rows: [
        ['C-1', 'M-1', 'Spring launch', 'active', 10000, null, day(2026, 11, 1), day(2026, 11, 30), 'USD'],
      ],
    },
    {
      name: 'Tasks',
      asTable: false,
      header: [
        'Task ID',
        'Campaign ID',
        'Title',
        'Status',
        'Critical',
        'Depends On',
        'Estimated Hours',
        'Actual Hours',
        'Due Date',
        'Attempts',
      ],
      rows: [
        ['T-1', 'C-1', 'Brief the agency', 'completed', true, null, 4, 5, day(2026, 11, 5), 0],
        ['T-2', 'C-1', 'Build the landing page', 'in_progress', true, 'T-1', 10, 6, day(2026, 11, 18), 0],
        ['T-3', 'C-1', 'Launch LinkedIn ads', 'pending', false, 'T-2', 3, null, day(2026, 11, 22), 0],
        ['T-4', 'C-1', 'Write the nurture emails', 'pending', false, null, 6, null, day(2026, 11, 25), 0],
      ],
    },
    {
      name: 'KPIs',
      asTable: true,
      header: ['Campaign ID', 'Metric', 'Target', 'Type'],
      rows: [
        ['C-1', 'conversions', '200', 'primary'],
        ['C-1', 'ctr', '2%', 'secondary'],
      ],
    },
    {
      name: 'ChannelMetrics',
      asTable: true,
      header: ['Campaign ID', 'Channel', 'Date', 'Impressions', 'Clicks', 'Conversions', 'Cost'],
      rows: [
        ['C-1', 'LinkedIn', day(2026, 11, 10), 10000, 150, 12, 1500],
        ['C-1', 'Google Ads', day(2026, 11, 10), 20000, 300, 30, 1200],
      ],
    },
    {
      name: 'TaskUpdates',
      asTable: true,
      header: ['Task ID', 'New Status', 'Result', 'Blockers', 'Hours', 'Updated At'],
      rows: [
        ['T-2', 'completed', FORMULA_LIKE, null, 2, day(2026, 11, 19, 9)],
        ['T-3', 'in_progress', null, null, null, day(2026, 11, 19, 10)],
        ['T-9', 'completed', null, null, null, day(2026, 11, 19, 11)],
      ],
    },
    { name: 'Settings', asTable: false, header: ['Key', 'Value'], rows: [['Time Zone', 'UTC']] },
  ];
}

/** The `.xlsx` bytes of a workbook holding these inputs (dates formatted as dates). */
export async function workbookOf(specs: readonly InputSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name);
    if (spec.asTable) {
      ws.addTable({
        name: spec.name.replace(/\W/g, ''),
        ref: 'A1',
        columns: spec.header.map((name) => ({ name, filterButton: true })),
        rows: spec.rows.map((r) => spec.header.map((_, i) => r[i] ?? null)),
      });
    } else {
      ws.addRow(spec.header);
      spec.rows.forEach((r) => ws.addRow(r));
    }
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
