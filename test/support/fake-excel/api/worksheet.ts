import { MAX_COLUMNS, MAX_ROWS, parseAddress } from '../core/address';
import { normaliseColor } from '../core/colors';
import { fail } from '../core/errors';
import { checkSheetName, removeSheet, visibleSheets } from '../model/book';
import { usedRect } from '../model/sheet-cells';
import type { SheetModel } from '../model/types';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';
import { ChartCollection, CHARTS_SPEC } from './charts';
import { FreezePanes, FREEZE_PANES_SPEC } from './freeze-panes';
import { PageLayout, PAGE_LAYOUT_SPEC } from './page-layout';
import { Range } from './range';
import { TableCollection, TABLES_SPEC } from './tables';
import { requireBoolean, requireNumber, requireOneOf } from './uniform';

export const WORKSHEET_SPEC: ProxySpec<SheetModel> = {
  className: 'Worksheet',
  scalars: {
    id: { get: (s) => s.id },
    name: { get: (s) => s.name, set: (s, v, loc, book) => (s.name = checkSheetName(book, v, loc, s)) },
    position: {
      get: (s, book) => book.sheets.indexOf(s),
      set: (s, v, loc, book) => {
        const to = requireNumber(v, loc, 0, book.sheets.length - 1);
        book.sheets.splice(book.sheets.indexOf(s), 1);
        book.sheets.splice(to, 0, s);
      },
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, v, loc, book) => {
        const next = requireOneOf(v, ['Visible', 'Hidden', 'VeryHidden'] as const, loc);
        if (next !== 'Visible' && visibleSheets(book).every((x) => x === s))
          fail('InvalidOperation', loc, 'a workbook must keep one visible sheet');
        s.visibility = next;
      },
    },
    tabColor: {
      get: (s) => s.tabColor,
      set: (s, v, loc) => (s.tabColor = v === '' ? '' : normaliseColor(v, loc)),
    },
    showGridlines: {
      get: (s) => s.showGridlines,
      set: (s, v, loc) => (s.showGridlines = requireBoolean(v, loc)),
    },
  },
  navs: {
    tables: () => TABLES_SPEC,
    charts: () => CHARTS_SPEC,
    pageLayout: () => PAGE_LAYOUT_SPEC,
    freezePanes: () => FREEZE_PANES_SPEC,
  },
};

/** `Excel.Worksheet`, bound to the sheet itself once found (renames follow it, deletion breaks it). */
export class Worksheet extends ClientObject<SheetModel> {
  protected readonly _spec = WORKSHEET_SPEC;

  protected override _stillExists(sheet: SheetModel): boolean {
    return this.context.session.book.sheets.includes(sheet);
  }

  get tables(): TableCollection {
    return this._child(
      'tables',
      () =>
        new TableCollection(
          this.context,
          `${this._path}.tables`,
          () => ({ sheet: this._require('Worksheet.tables') }),
          { parent: this },
        ),
    );
  }

  get charts(): ChartCollection {
    return this._child(
      'charts',
      () => new ChartCollection(this.context, `${this._path}.charts`, () => this._target(), { parent: this }),
    );
  }

  get pageLayout(): PageLayout {
    return this._child(
      'pageLayout',
      () => new PageLayout(this.context, `${this._path}.pageLayout`, () => this._target(), { parent: this }),
    );
  }

  get freezePanes(): FreezePanes {
    return this._child(
      'freezePanes',
      () =>
        new FreezePanes(this.context, `${this._path}.freezePanes`, () => this._target(), { parent: this }),
    );
  }

  /** `getRange()` is the whole sheet; a sheet-qualified address must name this sheet. */
  getRange(address?: string): Range {
    const text = address ?? '';
    return new Range(
      this.context,
      `${this._path}.getRange(${JSON.stringify(text)})`,
      () => {
        const sheet = this._require('Worksheet.getRange');
        if (address === undefined)
          return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
        const parsed = parseAddress(text);
        if (parsed === undefined)
          return fail('InvalidArgument', 'Worksheet.getRange', `not an address: ${JSON.stringify(text)}`);
        if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
          return fail('InvalidArgument', 'Worksheet.getRange', `${text} is not on sheet "${sheet.name}"`);
        }
        return { sheet, rect: parsed.rect };
      },
      { parent: this },
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    const args = `${startRow}, ${startColumn}, ${rowCount}, ${columnCount}`;
    return new Range(
      this.context,
      `${this._path}.getRangeByIndexes(${args})`,
      () => {
        const sheet = this._require('Worksheet.getRangeByIndexes');
        const rect = {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        };
        const ok =
          rowCount > 0 &&
          columnCount > 0 &&
          rect.top >= 0 &&
          rect.left >= 0 &&
          rect.bottom < MAX_ROWS &&
          rect.right < MAX_COLUMNS;
        return ok
          ? { sheet, rect }
          : fail('InvalidArgument', 'Worksheet.getRangeByIndexes', `(${args}) is not on the grid`);
      },
      { parent: this },
    );
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel returns A1 for a blank sheet; the `OrNullObject` form returns a null object instead. */
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
        const sheet = this._require(`Worksheet.${name}`);
        const rect = usedRect(sheet, valuesOnly);
        if (rect !== undefined) return { sheet, rect };
        return nullable ? null : { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      },
      { parent: this, nullable },
    );
  }

  activate(): void {
    this._enqueue('Worksheet.activate', [], () => {
      const sheet = this._require('Worksheet.activate');
      const book = this.context.session.book;
      if (sheet.visibility !== 'Visible')
        fail('InvalidOperation', 'Worksheet.activate', 'cannot activate a hidden sheet');
      book.activeSheet = sheet;
      book.selection = { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      return {};
    });
  }

  delete(): void {
    this._enqueue('Worksheet.delete', [], () => {
      // Microsoft's list of APIs without undo support has Worksheet.delete; grouped, Excel refuses it.
      if (this.context._mergeUndoGroup)
        fail('UndoNotSupported', 'Worksheet.delete', 'Worksheet.delete cannot be part of an undo group');
      removeSheet(this.context.session.book, this._require('Worksheet.delete'), 'Worksheet.delete');
      return {};
    });
  }
}
exposeScalars(Worksheet.prototype, WORKSHEET_SPEC);
