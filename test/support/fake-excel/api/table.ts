import { fail } from '../core/errors';
import type { RangeTarget } from '../model/range-io';
import { deleteTable, setShowHeaders } from '../model/table-ops';
import { bodyRect, checkTableName } from '../model/tables';
import type { TableModel } from '../model/types';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';
import { Range } from './range';
import { TableColumnCollection, TABLE_COLUMNS_SPEC } from './table-columns';
import { TableRowCollection, TABLE_ROWS_SPEC } from './table-rows';
import { requireBoolean } from './uniform';
import { Worksheet, WORKSHEET_SPEC } from './worksheet';

export const TABLE_SPEC: ProxySpec<TableModel> = {
  className: 'Table',
  scalars: {
    id: { get: (t) => t.id },
    name: { get: (t) => t.name, set: (t, v, loc, book) => (t.name = checkTableName(book, v, loc, t)) },
    showHeaders: {
      get: (t) => t.showHeaders,
      set: (t, v, loc) => setShowHeaders(t, requireBoolean(v, loc), loc),
    },
    showTotals: { get: (t) => t.showTotals, set: (t, v, loc) => (t.showTotals = requireBoolean(v, loc)) },
    style: { get: (t) => t.style, set: (t, v) => (t.style = String(v)) },
  },
  navs: { worksheet: () => WORKSHEET_SPEC, rows: () => TABLE_ROWS_SPEC, columns: () => TABLE_COLUMNS_SPEC },
};

/** `Excel.Table`. */
export class Table extends ClientObject<TableModel> {
  protected readonly _spec = TABLE_SPEC;

  protected override _stillExists(table: TableModel): boolean {
    return this.context.session.book.tables.includes(table);
  }

  get worksheet(): Worksheet {
    return this._child(
      'worksheet',
      () =>
        new Worksheet(this.context, `${this._path}.worksheet`, () => this._require('Table.worksheet').sheet, {
          parent: this,
        }),
    );
  }

  get rows(): TableRowCollection {
    return this._child(
      'rows',
      () =>
        new TableRowCollection(this.context, `${this._path}.rows`, () => this._target(), { parent: this }),
    );
  }

  get columns(): TableColumnCollection {
    return this._child(
      'columns',
      () =>
        new TableColumnCollection(this.context, `${this._path}.columns`, () => this._target(), {
          parent: this,
        }),
    );
  }

  private range(method: string, pick: (t: TableModel) => RangeTarget['rect']): Range {
    return new Range(
      this.context,
      `${this._path}.${method}()`,
      () => {
        const table = this._require(`Table.${method}`);
        return { sheet: table.sheet, rect: pick(table) };
      },
      { parent: this },
    );
  }

  getRange(): Range {
    return this.range('getRange', (t) => t.rect);
  }

  getHeaderRowRange(): Range {
    return this.range('getHeaderRowRange', (t) =>
      t.showHeaders
        ? { ...t.rect, bottom: t.rect.top }
        : fail('InvalidOperation', 'Table.getHeaderRowRange', 'the table shows no header row'),
    );
  }

  getDataBodyRange(): Range {
    return this.range('getDataBodyRange', bodyRect);
  }

  delete(): void {
    this._enqueue(
      'Table.delete',
      [],
      () => (deleteTable(this.context.session.book, this._require('Table.delete')), {}),
    );
  }

  /** Removes the table and keeps its cells; returns their range. */
  convertToRange(): Range {
    const range = new Range(
      this.context,
      `${this._path}.convertToRange()`,
      () => fail('InvalidOperation', 'Table.convertToRange', 'not converted yet'),
      { parent: this },
    );
    this._enqueue('Table.convertToRange', [], () => {
      const table = this._require('Table.convertToRange');
      const book = this.context.session.book;
      book.tables.splice(book.tables.indexOf(table), 1);
      range._bind({ sheet: table.sheet, rect: table.rect });
      return {};
    });
    return range;
  }

  clearFilters(): void {
    this._enqueue('Table.clearFilters', [], () => (this._require('Table.clearFilters'), {}));
  }
}
exposeScalars(Table.prototype, TABLE_SPEC);
