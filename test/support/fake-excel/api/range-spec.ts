import { columnCount, MAX_COLUMNS, MAX_ROWS, rowCount, sheetAddress } from '../core/address';
import {
  readers,
  readGrid,
  textReader,
  writeNumberFormats,
  writeValues,
  type RangeTarget,
} from '../model/range-io';
import type { ProxySpec, ScalarSpec } from '../runtime/spec';

const cells = (t: RangeTarget): number => rowCount(t.rect) * columnCount(t.rect);

function grid(read: (typeof readers)[keyof typeof readers]): ScalarSpec<RangeTarget> {
  return { get: (t) => readGrid(t, read), cells };
}

/** `Excel.Range`'s scalar and navigation properties. */
export function rangeSpec(navs: ProxySpec<RangeTarget>['navs']): ProxySpec<RangeTarget> {
  return {
    className: 'Range',
    scalars: {
      address: { get: (t) => sheetAddress(t.sheet.name, t.rect) },
      addressLocal: { get: (t) => sheetAddress(t.sheet.name, t.rect) },
      cellCount: { get: cells },
      rowCount: { get: (t) => rowCount(t.rect) },
      columnCount: { get: (t) => columnCount(t.rect) },
      rowIndex: { get: (t) => t.rect.top },
      columnIndex: { get: (t) => t.rect.left },
      isEntireColumn: { get: (t) => t.rect.top === 0 && t.rect.bottom === MAX_ROWS - 1 },
      isEntireRow: { get: (t) => t.rect.left === 0 && t.rect.right === MAX_COLUMNS - 1 },
      values: { ...grid(readers.values), set: (t, v, loc, book) => writeValues(book, t, v, loc) },
      formulas: { ...grid(readers.formulas), set: (t, v, loc, book) => writeValues(book, t, v, loc) },
      numberFormat: { ...grid(readers.numberFormat), set: (t, v, loc) => writeNumberFormats(t, v, loc) },
      text: { get: (t, book) => readGrid(t, textReader(book.date1904)), cells },
      valueTypes: grid(readers.valueTypes),
    },
    navs,
  };
}
