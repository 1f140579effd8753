import { parseAddress, type Rect } from '../core/address';
import { fail } from '../core/errors';
import { findSheet } from '../model/book';
import { createTable } from '../model/table-ops';
import { findTable } from '../model/tables';
import type { SheetModel, TableModel } from '../model/types';
import { ClientCollection } from '../runtime/client-collection';
import { ClientResult } from '../runtime/client-result';
import { exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';
import { Range } from './range';
import { Table, TABLE_SPEC } from './table';

/** Which tables a collection holds: the workbook's (`sheet: null`) or one sheet's. */
export interface TableScope {
  readonly sheet: SheetModel | null;
}

function inScope(tables: readonly TableModel[], scope: TableScope): TableModel[] {
  return tables.filter((t) => scope.sheet === null || t.sheet === scope.sheet);
}

export const TABLES_SPEC: ProxySpec<TableScope> = {
  className: 'TableCollection',
  scalars: { count: { get: (scope, book) => inScope(book.tables, scope).length } },
  navs: {},
  item: () => TABLE_SPEC,
};

/** `Excel.TableCollection` of the workbook or of one worksheet. */
export class TableCollection extends ClientCollection<TableScope, TableModel, Table> {
  protected readonly _spec = TABLES_SPEC;

  protected _itemTargets(scope: TableScope): readonly TableModel[] {
    return inScope(this.context.session.book.tables, scope);
  }

  protected _makeItem(table: TableModel): Table {
    return new Table(this.context, `workbook.tables.getItem(${JSON.stringify(table.id)})`, () => table);
  }

  private lookup(
    method: string,
    find: (tables: TableModel[]) => TableModel | undefined,
    nullable: boolean,
    arg: unknown,
  ): Table {
    return new Table(
      this.context,
      `${this._path}.${method}(${JSON.stringify(arg)})`,
      () => {
        const scope = this._require(`TableCollection.${method}`);
        const table = find(inScope(this.context.session.book.tables, scope));
        if (table !== undefined) return table;
        return nullable
          ? null
          : fail('ItemNotFound', `TableCollection.${method}`, `no table ${JSON.stringify(arg)}`);
      },
      { parent: this, nullable },
    );
  }

  getItem(key: string): Table {
    return this.lookup(
      'getItem',
      (list) => list.find((t) => t === findTable(this.context.session.book, key)),
      false,
      key,
    );
  }

  getItemOrNullObject(key: string): Table {
    return this.lookup(
      'getItemOrNullObject',
      (list) => list.find((t) => t === findTable(this.context.session.book, key)),
      true,
      key,
    );
  }

  getItemAt(index: number): Table {
    return this.lookup('getItemAt', (list) => list[index], false, index);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._enqueue('TableCollection.getCount', [], () => {
      const n = inScope(this.context.session.book.tables, this._require('TableCollection.getCount')).length;
      return { response: n, deliver: () => result._set(n) };
    });
    return result;
  }

  /**
   * `add(address, hasHeaders)`: the address may name its sheet; on the workbook's collection an
   * unqualified address is on the active sheet. The table is named `TableN` until renamed.
   */
  add(address: Range | string, hasHeaders: boolean): Table {
    if (address instanceof Range) this._sameContext(address, 'TableCollection.add');
    const added = new Table(
      this.context,
      `${this._path}.add(…)`,
      () => fail('InvalidOperation', 'TableCollection.add', 'not added yet'),
      { parent: this },
    );
    this._enqueue('TableCollection.add', [address, hasHeaders], () => {
      const scope = this._require('TableCollection.add');
      const { sheet, rect } = this.place(scope, address);
      added._bind(
        createTable(this.context.session.book, sheet, rect, hasHeaders === true, 'TableCollection.add'),
      );
      return {};
    });
    return added;
  }

  private place(scope: TableScope, address: Range | string): { sheet: SheetModel; rect: Rect } {
    const location = 'TableCollection.add';
    const book = this.context.session.book;
    if (address instanceof Range) {
      const t = address._require(location);
      if (scope.sheet !== null && t.sheet !== scope.sheet)
        fail('InvalidArgument', location, 'the range is on another sheet');
      return t;
    }
    const parsed = parseAddress(address);
    if (parsed === undefined)
      return fail('InvalidArgument', location, `not an address: ${JSON.stringify(address)}`);
    const named = parsed.sheet === undefined ? undefined : findSheet(book, parsed.sheet);
    if (parsed.sheet !== undefined && named === undefined)
      return fail('InvalidArgument', location, `no sheet "${parsed.sheet}"`);
    const sheet = named ?? scope.sheet ?? book.activeSheet;
    if (scope.sheet !== null && sheet !== scope.sheet)
      fail('InvalidArgument', location, `${address} is not on this sheet`);
    return { sheet, rect: parsed.rect };
  }
}
exposeScalars(TableCollection.prototype, TABLES_SPEC);
