import { rowCount, type Rect } from '../core/address';
import { fail } from '../core/errors';
import { readers, readGrid, writeValues } from '../model/range-io';
import { shiftCells } from '../model/shift';
import { addTableRows } from '../model/table-ops';
import { bodyRect } from '../model/tables';
import type { TableModel } from '../model/types';
import { ClientCollection } from '../runtime/client-collection';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import { ClientResult } from '../runtime/client-result';
import type { ProxySpec } from '../runtime/spec';
import { Range } from './range';

/** A table row: its table and 0-based position in the body. */
export interface RowTarget {
  readonly table: TableModel;
  readonly index: number;
}

function rowRect(t: RowTarget): Rect {
  const body = bodyRect(t.table);
  if (t.index >= rowCount(body)) fail('ItemNotFound', 'TableRow', `row ${t.index} is past the table's end`);
  return { ...body, top: body.top + t.index, bottom: body.top + t.index };
}

export const TABLE_ROW_SPEC: ProxySpec<RowTarget> = {
  className: 'TableRow',
  scalars: {
    index: { get: (t) => t.index },
    values: {
      get: (t) => readGrid({ sheet: t.table.sheet, rect: rowRect(t) }, readers.values),
      set: (t, v, loc, book) => writeValues(book, { sheet: t.table.sheet, rect: rowRect(t) }, v, loc),
    },
  },
  navs: {},
};

export const TABLE_ROWS_SPEC: ProxySpec<TableModel> = {
  className: 'TableRowCollection',
  scalars: { count: { get: (t) => rowCount(bodyRect(t)) } },
  navs: {},
  item: () => TABLE_ROW_SPEC,
};

/** `Excel.TableRow`. */
export class TableRow extends ClientObject<RowTarget> {
  protected readonly _spec = TABLE_ROW_SPEC;

  getRange(): Range {
    return new Range(
      this.context,
      `${this._path}.getRange()`,
      () => {
        const t = this._require('TableRow.getRange');
        return { sheet: t.table.sheet, rect: rowRect(t) };
      },
      { parent: this },
    );
  }

  delete(): void {
    this._enqueue('TableRow.delete', [], () => {
      const t = this._require('TableRow.delete');
      if (rowCount(bodyRect(t.table)) === 1)
        fail('InvalidOperation', 'TableRow.delete', 'a table keeps one data row');
      shiftCells(this.context.session.book, t.table.sheet, rowRect(t), 'Up', 'TableRow.delete');
      return {};
    });
  }
}
exposeScalars(TableRow.prototype, TABLE_ROW_SPEC);

/** `Excel.TableRowCollection`: `add` grows the table. */
export class TableRowCollection extends ClientCollection<TableModel, RowTarget, TableRow> {
  protected readonly _spec = TABLE_ROWS_SPEC;

  protected _itemTargets(table: TableModel): readonly RowTarget[] {
    return Array.from({ length: rowCount(bodyRect(table)) }, (_, index) => ({ table, index }));
  }

  protected _makeItem(target: RowTarget, index: number): TableRow {
    return new TableRow(this.context, `${this._path}.getItemAt(${index})`, () => target);
  }

  /** Appends (`index` null or omitted) or inserts rows; `values` is rows × table columns. */
  add(index?: number | null, values?: unknown[][], alwaysInsert?: boolean): TableRow {
    const row = new TableRow(
      this.context,
      `${this._path}.add(${String(index ?? null)})`,
      () => fail('InvalidOperation', 'TableRowCollection.add', 'not added yet'),
      { parent: this },
    );
    this._enqueue('TableRowCollection.add', [index ?? null, values ?? null, alwaysInsert ?? null], () => {
      const table = this._require('TableRowCollection.add');
      const written = addTableRows(
        this.context.session.book,
        table,
        index ?? null,
        values,
        'TableRowCollection.add',
      );
      row._bind({ table, index: written.top - bodyRect(table).top });
      return {};
    });
    return row;
  }

  getItemAt(index: number): TableRow {
    return new TableRow(
      this.context,
      `${this._path}.getItemAt(${index})`,
      () => {
        const table = this._require('TableRowCollection.getItemAt');
        if (index < 0 || index >= rowCount(bodyRect(table)))
          fail('ItemNotFound', 'TableRowCollection.getItemAt', `no row ${index}`);
        return { table, index };
      },
      { parent: this },
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._enqueue('TableRowCollection.getCount', [], () => {
      const n = rowCount(bodyRect(this._require('TableRowCollection.getCount')));
      return { response: n, deliver: () => result._set(n) };
    });
    return result;
  }
}
exposeScalars(TableRowCollection.prototype, TABLE_ROWS_SPEC);
