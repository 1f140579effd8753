import {
  columnCount,
  inGrid,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  rowCount,
  type Rect,
} from '../core/address';
import { fail } from '../core/errors';
import { clearRange, type RangeTarget } from '../model/range-io';
import { shiftCells, type Shift } from '../model/shift';
import { usedRect } from '../model/sheet-cells';
import { ClientObject, exposeScalars, type ProxyOptions } from '../runtime/client-object';
import type { FakeRequestContext } from '../runtime/context';
import { ConditionalFormatCollection, CONDITIONAL_FORMATS_SPEC } from './conditional-formats';
import { DataValidation, DATA_VALIDATION_SPEC } from './data-validation';
import { mergeRange, selectRange, unmergeRange } from './range-actions';
import { RangeFormat, RANGE_FORMAT_SPEC } from './range-format';
import { RangeAreas } from './range-areas';
import { rangeSpec } from './range-spec';
import { Worksheet, WORKSHEET_SPEC } from './worksheet';

export const RANGE_SPEC = rangeSpec({
  format: () => RANGE_FORMAT_SPEC,
  worksheet: () => WORKSHEET_SPEC,
  conditionalFormats: () => CONDITIONAL_FORMATS_SPEC,
  dataValidation: () => DATA_VALIDATION_SPEC,
});

/** `Excel.Range`: a rectangle of cells on one sheet, located when the batch first uses it. */
export class Range extends ClientObject<RangeTarget> {
  protected readonly _spec = RANGE_SPEC;

  constructor(
    context: FakeRequestContext,
    path: string,
    locate: () => RangeTarget | null,
    options: ProxyOptions = {},
  ) {
    super(context, path, locate, { invalidAfterRequest: true, ...options });
  }

  protected override _stillExists(target: RangeTarget): boolean {
    return this.context.session.book.sheets.includes(target.sheet);
  }

  get format(): RangeFormat {
    return this._child(
      'format',
      () => new RangeFormat(this.context, `${this._path}.format`, () => this._target(), { parent: this }),
    );
  }

  get worksheet(): Worksheet {
    return this._child(
      'worksheet',
      () =>
        new Worksheet(this.context, `${this._path}.worksheet`, () => this._target()?.sheet ?? null, {
          parent: this,
        }),
    );
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this._child(
      'conditionalFormats',
      () =>
        new ConditionalFormatCollection(
          this.context,
          `${this._path}.conditionalFormats`,
          () => this._target(),
          { parent: this },
        ),
    );
  }

  get dataValidation(): DataValidation {
    return this._child(
      'dataValidation',
      () =>
        new DataValidation(this.context, `${this._path}.dataValidation`, () => this._target(), {
          parent: this,
        }),
    );
  }

  /** A range computed from this one when the batch runs; outside the grid is `InvalidArgument`. */
  private derive(segment: string, compute: (t: RangeTarget) => Rect, options: ProxyOptions = {}): Range {
    const location = `Range.${segment.slice(0, segment.indexOf('('))}`;
    return new Range(
      this.context,
      `${this._path}.${segment}`,
      () => {
        const t = this._require(location);
        const rect = compute(t);
        if (!inGrid(rect) || rect.bottom < rect.top || rect.right < rect.left)
          fail('InvalidArgument', location, 'the range would leave the sheet');
        return { sheet: t.sheet, rect };
      },
      { parent: this, ...options },
    );
  }

  getCell(row: number, column: number): Range {
    return this.derive(`getCell(${row}, ${column})`, ({ rect }) => cell(rect.top + row, rect.left + column));
  }

  getOffsetRange(rows: number, columns: number): Range {
    return this.derive(`getOffsetRange(${rows}, ${columns})`, ({ rect }) => ({
      top: rect.top + rows,
      bottom: rect.bottom + rows,
      left: rect.left + columns,
      right: rect.right + columns,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive(`getResizedRange(${deltaRows}, ${deltaColumns})`, ({ rect }) => ({
      ...rect,
      bottom: rect.bottom + deltaRows,
      right: rect.right + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(rows: number, columns: number): Range {
    return this.derive(`getAbsoluteResizedRange(${rows}, ${columns})`, ({ rect }) => ({
      ...rect,
      bottom: rect.top + rows - 1,
      right: rect.left + columns - 1,
    }));
  }

  getRow(index: number): Range {
    return this.derive(`getRow(${index})`, ({ rect }) =>
      within(rect, index, rowCount(rect), 'Range.getRow', {
        ...rect,
        top: rect.top + index,
        bottom: rect.top + index,
      }),
    );
  }

  getColumn(index: number): Range {
    return this.derive(`getColumn(${index})`, ({ rect }) =>
      within(rect, index, columnCount(rect), 'Range.getColumn', {
        ...rect,
        left: rect.left + index,
        right: rect.left + index,
      }),
    );
  }

  getLastRow(): Range {
    return this.derive('getLastRow()', ({ rect }) => ({ ...rect, top: rect.bottom }));
  }

  getLastColumn(): Range {
    return this.derive('getLastColumn()', ({ rect }) => ({ ...rect, left: rect.right }));
  }

  getLastCell(): Range {
    return this.derive('getLastCell()', ({ rect }) => cell(rect.bottom, rect.right));
  }

  getRowsBelow(count = 1): Range {
    return this.derive(`getRowsBelow(${count})`, ({ rect }) => ({
      ...rect,
      top: rect.bottom + 1,
      bottom: rect.bottom + count,
    }));
  }

  getRowsAbove(count = 1): Range {
    return this.derive(`getRowsAbove(${count})`, ({ rect }) => ({
      ...rect,
      top: rect.top - count,
      bottom: rect.top - 1,
    }));
  }

  getColumnsAfter(count = 1): Range {
    return this.derive(`getColumnsAfter(${count})`, ({ rect }) => ({
      ...rect,
      left: rect.right + 1,
      right: rect.right + count,
    }));
  }

  getColumnsBefore(count = 1): Range {
    return this.derive(`getColumnsBefore(${count})`, ({ rect }) => ({
      ...rect,
      left: rect.left - count,
      right: rect.left - 1,
    }));
  }

  getEntireRow(): Range {
    return this.derive('getEntireRow()', ({ rect }) => ({ ...rect, left: 0, right: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): Range {
    return this.derive('getEntireColumn()', ({ rect }) => ({ ...rect, top: 0, bottom: MAX_ROWS - 1 }));
  }

  getBoundingRect(other: Range | string): Range {
    if (other instanceof Range) this._sameContext(other, 'Range.getBoundingRect');
    return this.derive(
      `getBoundingRect(${other instanceof Range ? other._path : JSON.stringify(other)})`,
      (t) => {
        const o =
          other instanceof Range ? other._require('Range.getBoundingRect').rect : parseAddress(other)?.rect;
        if (o === undefined)
          return fail('InvalidArgument', 'Range.getBoundingRect', `bad address ${String(other)}`);
        return {
          top: Math.min(t.rect.top, o.top),
          left: Math.min(t.rect.left, o.left),
          bottom: Math.max(t.rect.bottom, o.bottom),
          right: Math.max(t.rect.right, o.right),
        };
      },
    );
  }

  getUsedRange(valuesOnly = false): Range {
    return this.usedRange(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.usedRange(valuesOnly, true);
  }

  private usedRange(valuesOnly: boolean, nullable: boolean): Range {
    const name = nullable ? 'getUsedRangeOrNullObject' : 'getUsedRange';
    return new Range(
      this.context,
      `${this._path}.${name}(${valuesOnly})`,
      () => {
        const t = this._require(`Range.${name}`);
        const used = usedRect(t.sheet, valuesOnly);
        const clipped = used === undefined ? undefined : intersection(used, t.rect);
        if (clipped === undefined)
          return nullable ? null : fail('ItemNotFound', `Range.${name}`, 'no used cells in the range');
        return { sheet: t.sheet, rect: clipped };
      },
      { parent: this, nullable },
    );
  }

  /** ExcelApi 1.13: the merged areas that overlap the range, or a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this.context,
      `${this._path}.getMergedAreasOrNullObject()`,
      () => {
        const t = this._require('Range.getMergedAreasOrNullObject');
        const rects = t.sheet.merges.filter((m) => intersection(m, t.rect) !== undefined);
        return rects.length === 0 ? null : { sheet: t.sheet, rects };
      },
      { parent: this, nullable: true },
    );
  }

  select(): void {
    this._enqueue(
      'Range.select',
      [],
      () => (selectRange(this.context.session.book, this._require('Range.select')), {}),
    );
  }

  merge(across = false): void {
    this._enqueue(
      'Range.merge',
      [across],
      () => (mergeRange(this.context.session.book, this._require('Range.merge'), across), {}),
    );
  }

  unmerge(): void {
    this._enqueue('Range.unmerge', [], () => (unmergeRange(this._require('Range.unmerge')), {}));
  }

  clear(applyTo = 'All'): void {
    this._enqueue(
      'Range.clear',
      [applyTo],
      () => (clearRange(this.context.session.book, this._require('Range.clear'), applyTo, 'Range.clear'), {}),
    );
  }

  delete(shift: Shift): void {
    if (shift !== 'Up' && shift !== 'Left')
      fail('InvalidArgument', 'Range.delete', `shift must be Up or Left, not ${String(shift)}`);
    this._enqueue('Range.delete', [shift], () => {
      const t = this._require('Range.delete');
      shiftCells(this.context.session.book, t.sheet, t.rect, shift, 'Range.delete');
      return {};
    });
  }

  insert(shift: Shift): Range {
    if (shift !== 'Down' && shift !== 'Right')
      fail('InvalidArgument', 'Range.insert', `shift must be Down or Right, not ${String(shift)}`);
    const inserted = new Range(
      this.context,
      `${this._path}.insert(${shift})`,
      () => fail('InvalidOperation', 'Range.insert', 'not inserted yet'),
      { parent: this },
    );
    this._enqueue('Range.insert', [shift], () => {
      const t = this._require('Range.insert');
      shiftCells(this.context.session.book, t.sheet, t.rect, shift, 'Range.insert');
      inserted._bind({ sheet: t.sheet, rect: t.rect });
      return {};
    });
    return inserted;
  }
}
exposeScalars(Range.prototype, RANGE_SPEC);

function cell(row: number, column: number): Rect {
  return { top: row, left: column, bottom: row, right: column };
}

function within(_rect: Rect, index: number, count: number, location: string, result: Rect): Rect {
  if (index < 0 || index >= count) fail('InvalidArgument', location, `index ${index} outside 0…${count - 1}`);
  return result;
}

function intersection(a: Rect, b: Rect): Rect | undefined {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top > r.bottom || r.left > r.right ? undefined : r;
}
