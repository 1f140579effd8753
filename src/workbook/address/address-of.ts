import type { IssuePath } from '../../engine/issues/issue';
import { settingOfKey } from '../settings/read-settings';
import type { SourceMap, TableLocation } from '../source-map';
import { formatA1 } from './a1';

/** Where an issue is: a cell, or the top-left of a range (`a1` then names the whole range). */
export interface CellAddress {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** Excel notation with the sheet, quoted where Excel would quote it: `Tasks!D7`, `'Q1 Tasks'!A1:H1`. */
  readonly a1: string;
}

function own<T>(record: Readonly<Record<string, T | undefined>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function cell(location: TableLocation, row: number, column: number): CellAddress {
  return { sheet: location.sheet, row, column, a1: formatA1({ sheet: location.sheet, row, column }) };
}

function rowRange(location: TableLocation, row: number): CellAddress {
  const lastColumn = location.firstColumn + Math.max(location.width, 1) - 1;
  const start = { sheet: location.sheet, row, column: location.firstColumn };
  return { ...start, a1: formatA1(start, { row, column: lastColumn }) };
}

/** The Value cell of a setting named by its field or label (`['settings', 'timeZone']`). */
function settingCell(location: TableLocation, name: string): CellAddress | null {
  const field = settingOfKey(name);
  const index = field === undefined ? undefined : own(location.keyRows, field);
  const row = index === undefined ? undefined : location.rows[index];
  const value = own(location.columns, 'value');
  return row === undefined || value === undefined ? null : cell(location, row, value);
}

/**
 * The cell an issue path leads to: `['tasks', 4, 'status']` → `Tasks!D7`. A row without a known
 * column gives the row's range; a column path (`['tasks', 'status']`) its header cell, or the header
 * row's range when the table lacks that column; a table path (`['tasks']`) the header row's range
 * (`Tasks!A1:H1`); a setting's name (`['settings', 'timeZone']`) its Value cell. `null` when the
 * table was not read or the row does not exist.
 *
 * @example addressOf(sourceMap, ['tasks', 5, 'status'])?.a1 // 'Tasks!D7'
 */
export function addressOf(sourceMap: SourceMap, path: IssuePath): CellAddress | null {
  const [table, at, field] = path;
  const location = typeof table === 'string' ? own(sourceMap, table) : undefined;
  if (location === undefined) return null;
  if (typeof at === 'number') {
    const row = location.rows[at];
    if (row === undefined) return null;
    const column = typeof field === 'string' ? own(location.columns, field) : undefined;
    return column === undefined ? rowRange(location, row) : cell(location, row, column);
  }
  if (typeof at === 'string') {
    const column = own(location.columns, at);
    if (column !== undefined) return cell(location, location.headerRow, column);
    const setting = location.keyRows === undefined ? null : settingCell(location, at);
    if (setting !== null) return setting;
  }
  return rowRange(location, location.headerRow);
}
