import { fail } from '../core/errors';
import { readers, readGrid, writeValues } from '../model/range-io';
import { shiftCells } from '../model/shift';
import { addTableColumn } from '../model/table-ops';
import { bodyRect, syncHeaderNames } from '../model/tables';
import { editCell } from '../model/sheet-cells';
import type { TableModel } from '../model/types';
import { ClientCollection } from '../runtime/client-collection';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import { ClientResult } from '../runtime/client-result';
import type { ProxySpec } from '../runtime/spec';
import { Range } from './range';

/** A table column, followed by its id so it survives columns added before it. */
export interface ColumnTarget {
  readonly table: TableModel;
  readonly id: number;
}

function position(t: ColumnTarget): number {
  const i = t.table.columns.findIndex((c) => c.id === t.id);
  if (i < 0) fail('ItemNotFound', 'TableColumn', `column ${t.id} no longer exists`);
  return i;
}

function columnRect(t: ColumnTarget): { top: number; bottom: number; left: number; right: number } {
  const c = t.table.rect.left + position(t);
  return { ...t.table.rect, left: c, right: c };
}

export const TABLE_COLUMN_SPEC: ProxySpec<ColumnTarget> = {
  className: 'TableColumn',
  scalars: {
    id: { get: (t) => t.id },
    index: { get: (t) => position(t) },
    name: {
      get: (t) => t.table.columns[position(t)]?.name,
      set: (t, v, loc) => {
        if (typeof v !== 'string' || v === '')
          fail('InvalidArgument', loc, 'a column name is non-empty text');
        if (!t.table.showHeaders) fail('InvalidOperation', loc, 'the table shows no header row');
        editCell(t.table.sheet, t.table.rect.top, columnRect(t).left, (cell) => (cell.value = v));
        syncHeaderNames(t.table);
      },
    },
    values: {
      get: (t) => readGrid({ sheet: t.table.sheet, rect: columnRect(t) }, readers.values),
      set: (t, v, loc, book) => writeValues(book, { sheet: t.table.sheet, rect: columnRect(t) }, v, loc),
    },
  },
  navs: {},
};

export const TABLE_COLUMNS_SPEC: ProxySpec<TableModel> = {
  className: 'TableColumnCollection',
  scalars: { count: { get: (t) => t.columns.length } },
  navs: {},
  item: () => TABLE_COLUMN_SPEC,
};

/** `Excel.TableColumn`. */
export class TableColumn extends ClientObject<ColumnTarget> {
  protected readonly _spec = TABLE_COLUMN_SPEC;

  private range(method: string, pick: (t: ColumnTarget) => ReturnType<typeof columnRect>): Range {
    return new Range(
      this.context,
      `${this._path}.${method}()`,
      () => {
        const t = this._require(`TableColumn.${method}`);
        return { sheet: t.table.sheet, rect: pick(t) };
      },
      { parent: this },
    );
  }

  getRange(): Range {
    return this.range('getRange', columnRect);
  }

  getHeaderRowRange(): Range {
    return this.range('getHeaderRowRange', (t) => ({ ...columnRect(t), bottom: t.table.rect.top }));
  }

  getDataBodyRange(): Range {
    return this.range('getDataBodyRange', (t) => ({ ...columnRect(t), top: bodyRect(t.table).top }));
  }

  delete(): void {
    this._enqueue('TableColumn.delete', [], () => {
      const t = this._require('TableColumn.delete');
      if (t.table.columns.length === 1)
        fail('InvalidOperation', 'TableColumn.delete', 'a table keeps one column');
      const rect = columnRect(t);
      t.table.columns.splice(position(t), 1);
      t.table.rect = { ...t.table.rect, right: t.table.rect.right - 1 };
      const book = this.context.session.book;
      const table = t.table;
      book.tables.splice(book.tables.indexOf(table), 1);
      shiftCells(book, table.sheet, rect, 'Left', 'TableColumn.delete');
      book.tables.push(table);
      return {};
    });
  }
}
exposeScalars(TableColumn.prototype, TABLE_COLUMN_SPEC);

/** `Excel.TableColumnCollection`. */
export class TableColumnCollection extends ClientCollection<TableModel, ColumnTarget, TableColumn> {
  protected readonly _spec = TABLE_COLUMNS_SPEC;

  protected _itemTargets(table: TableModel): readonly ColumnTarget[] {
    return table.columns.map((c) => ({ table, id: c.id }));
  }

  protected _makeItem(target: ColumnTarget): TableColumn {
    return new TableColumn(this.context, `${this._path}.getItem(${target.id})`, () => target);
  }

  /** Inserts a column at `index` (null appends); `values` includes the header row; `name` names it. */
  add(index?: number | null, values?: unknown[][], name?: string): TableColumn {
    const column = new TableColumn(
      this.context,
      `${this._path}.add(${String(index ?? null)})`,
      () => fail('InvalidOperation', 'TableColumnCollection.add', 'not added yet'),
      { parent: this },
    );
    this._enqueue('TableColumnCollection.add', [index ?? null, values ?? null, name ?? null], () => {
      const table = this._require('TableColumnCollection.add');
      const id = addTableColumn(
        this.context.session.book,
        table,
        index ?? null,
        values,
        name,
        'TableColumnCollection.add',
      );
      column._bind({ table, id });
      return {};
    });
    return column;
  }

  private lookup(
    method: string,
    key: unknown,
    find: (t: TableModel) => { id: number } | undefined,
    nullable: boolean,
  ): TableColumn {
    return new TableColumn(
      this.context,
      `${this._path}.${method}(${JSON.stringify(key)})`,
      () => {
        const table = this._require(`TableColumnCollection.${method}`);
        const found = find(table);
        if (found !== undefined) return { table, id: found.id };
        return nullable
          ? null
          : fail('ItemNotFound', `TableColumnCollection.${method}`, `no column ${JSON.stringify(key)}`);
      },
      { parent: this, nullable },
    );
  }

  /** By name (ignoring case) or id. */
  getItem(key: string | number): TableColumn {
    return this.lookup('getItem', key, (t) => matchColumn(t, key), false);
  }

  getItemOrNullObject(key: string | number): TableColumn {
    return this.lookup('getItemOrNullObject', key, (t) => matchColumn(t, key), true);
  }

  getItemAt(index: number): TableColumn {
    return this.lookup('getItemAt', index, (t) => t.columns[index], false);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._enqueue('TableColumnCollection.getCount', [], () => {
      const n = this._require('TableColumnCollection.getCount').columns.length;
      return { response: n, deliver: () => result._set(n) };
    });
    return result;
  }
}
exposeScalars(TableColumnCollection.prototype, TABLE_COLUMNS_SPEC);

function matchColumn(table: TableModel, key: string | number): { id: number } | undefined {
  const text = String(key).toLowerCase();
  return (
    table.columns.find((c) => c.name.toLowerCase() === text) ??
    table.columns.find((c) => String(c.id) === String(key))
  );
}
