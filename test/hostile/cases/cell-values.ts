import type { RawCell } from '../../../src/workbook/host';
import { baseBook, withCell } from '../hostile-book';
import { stops, type HostileCase } from '../hostile-case';

const base = baseBook();

/** Each entry: sheet, data row (from 1), column, value, the address of that cell. */
type At = readonly [sheet: string, row: number, column: string, value: RawCell, address: string];

function cellCases(kind: string, code: Parameters<typeof stops>[0], entries: readonly At[]): HostileCase[] {
  return entries.map(([sheet, row, column, value, address]) => ({
    kind,
    name: `${address} ${column} = ${JSON.stringify(value)}`,
    book: withCell(base, sheet, row, column, value),
    expect: stops(code, address),
  }));
}

const EXCEL_ERRORS = [
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
];

export const CELL_VALUE_CASES: HostileCase[] = [
  ...cellCases('blank required cell', 'required_value', [
    ['Campaigns', 1, 'Campaign ID', null, 'Campaigns!A2'],
    ['Campaigns', 1, 'Start Date', '', 'Campaigns!G2'],
    ['Tasks', 2, 'Title', '   ', 'Tasks!C3'],
    ['Tasks', 3, 'Status', null, 'Tasks!D4'],
    ['KPIs', 1, 'Target', null, 'KPIs!C2'],
    ['ChannelMetrics', 2, 'Channel', null, 'ChannelMetrics!B3'],
    ['TaskUpdates', 1, 'New Status', null, 'TaskUpdates!B2'],
  ]),
  ...cellCases('text in a number cell', 'invalid_value', [
    ['Campaigns', 1, 'Budget Allocated', 'ten thousand', 'Campaigns!E2'],
    ['Campaigns', 1, 'Budget Spent', 'lots', 'Campaigns!F2'],
    ['Tasks', 1, 'Estimated Hours', 'four', 'Tasks!I2'],
    ['Tasks', 1, 'Actual Hours', 'five', 'Tasks!J2'],
    ['Tasks', 1, 'Attempts', 'zero', 'Tasks!P2'],
    ['Tasks', 1, 'Attempts', 1.5, 'Tasks!P2'],
    ['ChannelMetrics', 1, 'Impressions', 'many', 'ChannelMetrics!D2'],
    ['ChannelMetrics', 1, 'Clicks', '1O0', 'ChannelMetrics!E2'],
    ['ChannelMetrics', 1, 'Conversions', 'twelve', 'ChannelMetrics!F2'],
    ['ChannelMetrics', 1, 'Cost', '15OO.00', 'ChannelMetrics!G2'],
    ['ChannelMetrics', 1, 'Revenue', 'lots', 'ChannelMetrics!H2'],
    ['ChannelMetrics', 1, 'Engagements', 'approx. 400', 'ChannelMetrics!I2'],
    ['TaskUpdates', 1, 'Hours', 'two', 'TaskUpdates!E2'],
  ]),
  ...cellCases(
    'Excel error value in a cell',
    'cell_error',
    EXCEL_ERRORS.map((error): At => ['ChannelMetrics', 1, 'Cost', { error }, 'ChannelMetrics!G2']),
  ),
  ...cellCases('Excel error value in a cell', 'cell_error', [
    ['Tasks', 1, 'Title', { error: '#N/A' }, 'Tasks!C2'],
    ['Tasks', 4, 'Blocker', { error: '#REF!' }, 'Tasks!O5'],
    ['Campaigns', 1, 'Start Date', { error: '#VALUE!' }, 'Campaigns!G2'],
    ['KPIs', 1, 'Target', { error: '#DIV/0!' }, 'KPIs!C2'],
    ['TaskUpdates', 1, 'New Status', { error: '#NAME?' }, 'TaskUpdates!B2'],
  ]),
  ...cellCases('negative money or count', 'negative_value', [
    ['Campaigns', 1, 'Budget Allocated', -500, 'Campaigns!E2'],
    ['Campaigns', 1, 'Budget Spent', -0.01, 'Campaigns!F2'],
    ['ChannelMetrics', 1, 'Cost', -10, 'ChannelMetrics!G2'],
    ['ChannelMetrics', 1, 'Revenue', -1, 'ChannelMetrics!H2'],
    ['ChannelMetrics', 1, 'Impressions', -1, 'ChannelMetrics!D2'],
    ['ChannelMetrics', 1, 'Clicks', -1, 'ChannelMetrics!E2'],
    ['ChannelMetrics', 1, 'Conversions', -0.5, 'ChannelMetrics!F2'],
    ['ChannelMetrics', 1, 'Engagements', -3, 'ChannelMetrics!I2'],
    ['Tasks', 1, 'Estimated Hours', -1, 'Tasks!I2'],
    ['Tasks', 1, 'Actual Hours', -1, 'Tasks!J2'],
    ['Tasks', 1, 'Attempts', -1, 'Tasks!P2'],
    ['TaskUpdates', 1, 'Hours', -2, 'TaskUpdates!E2'],
  ]),
  ...cellCases('ambiguous or impossible date', 'ambiguous_date', [
    ['Campaigns', 1, 'Start Date', '03/04/2026', 'Campaigns!G2'],
    ['Tasks', 1, 'Due Date', '05/11/2026', 'Tasks!K2'],
    ['ChannelMetrics', 1, 'Date', '10/11/2026', 'ChannelMetrics!C2'],
    ['TaskUpdates', 1, 'Updated At', '11/19/2026 09:00', 'TaskUpdates!F2'],
    ['KPIs', 2, 'Data ETA', '25.11.2026', 'KPIs!G3'],
  ]),
  ...cellCases('ambiguous or impossible date', 'invalid_value', [
    ['Campaigns', 1, 'End Date', '2026-11-31', 'Campaigns!H2'],
    ['Tasks', 1, 'Started At', '2026-02-29 09:00', 'Tasks!L2'],
    ['Tasks', 1, 'Completed At', 'last Tuesday', 'Tasks!M2'],
  ]),
  ...cellCases('end before start', 'end_before_start', [
    ['Campaigns', 1, 'End Date', '2026-10-31', 'Campaigns!H2'],
    ['Campaigns', 1, 'End Date', 46300, 'Campaigns!H2'],
  ]),
];
