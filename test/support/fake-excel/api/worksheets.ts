import { fail } from '../core/errors';
import { checkSheetName, defaultSheetName, newSheet, sheetById, visibleSheets } from '../model/book';
import type { BookModel, SheetModel } from '../model/types';
import { ClientCollection } from '../runtime/client-collection';
import { ClientResult } from '../runtime/client-result';
import type { ProxySpec } from '../runtime/spec';
import { Worksheet, WORKSHEET_SPEC } from './worksheet';

export const WORKSHEETS_SPEC: ProxySpec<BookModel> = {
  className: 'WorksheetCollection',
  scalars: {},
  navs: {},
  item: () => WORKSHEET_SPEC,
};

/** `Excel.WorksheetCollection`: the sheets in tab order. */
export class WorksheetCollection extends ClientCollection<BookModel, SheetModel, Worksheet> {
  protected readonly _spec = WORKSHEETS_SPEC;

  protected _itemTargets(book: BookModel): readonly SheetModel[] {
    return book.sheets;
  }

  protected _makeItem(sheet: SheetModel): Worksheet {
    return new Worksheet(this.context, `${this._path}.getItem(${JSON.stringify(sheet.id)})`, () => sheet);
  }

  private lookup(key: string, nullable: boolean): Worksheet {
    const method = nullable ? 'getItemOrNullObject' : 'getItem';
    return new Worksheet(
      this.context,
      `${this._path}.${method}(${JSON.stringify(key)})`,
      () => {
        const book = this._require(`WorksheetCollection.${method}`);
        const sheet = sheetById(book, key);
        if (sheet !== undefined) return sheet;
        return nullable ? null : fail('ItemNotFound', `WorksheetCollection.${method}`, `no sheet "${key}"`);
      },
      { parent: this, nullable },
    );
  }

  /** By name (ignoring case) or id; a missing sheet fails the sync that first uses it. */
  getItem(key: string): Worksheet {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string): Worksheet {
    return this.lookup(key, true);
  }

  /** Adds a sheet at the end (`SheetN` when no name); names follow Excel's rules. */
  add(name?: string): Worksheet {
    const added = new Worksheet(
      this.context,
      `${this._path}.add(${JSON.stringify(name ?? null)})`,
      () => fail('InvalidOperation', 'WorksheetCollection.add', 'not added yet'),
      { parent: this },
    );
    this._enqueue('WorksheetCollection.add', [name ?? null], () => {
      const book = this._require('WorksheetCollection.add');
      const sheetName =
        name === undefined || name === null
          ? defaultSheetName(book)
          : checkSheetName(book, name, 'WorksheetCollection.add');
      const sheet = newSheet(book, sheetName);
      book.sheets.push(sheet);
      added._bind(sheet);
      return { response: { id: sheet.id } };
    });
    return added;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.context,
      `${this._path}.getActiveWorksheet()`,
      () => this._require('WorksheetCollection.getActiveWorksheet').activeSheet,
      { parent: this },
    );
  }

  getFirst(visibleOnly = false): Worksheet {
    return this.end('getFirst', visibleOnly, (list) => list[0]);
  }

  getLast(visibleOnly = false): Worksheet {
    return this.end('getLast', visibleOnly, (list) => list[list.length - 1]);
  }

  private end(
    method: string,
    visibleOnly: boolean,
    pick: (list: SheetModel[]) => SheetModel | undefined,
  ): Worksheet {
    return new Worksheet(
      this.context,
      `${this._path}.${method}(${visibleOnly})`,
      () => {
        const book = this._require(`WorksheetCollection.${method}`);
        return (
          pick(visibleOnly ? visibleSheets(book) : book.sheets) ??
          fail('ItemNotFound', `WorksheetCollection.${method}`, 'no sheet')
        );
      },
      { parent: this },
    );
  }

  getCount(visibleOnly = false): ClientResult<number> {
    const result = new ClientResult<number>();
    this._enqueue('WorksheetCollection.getCount', [visibleOnly], () => {
      const book = this._require('WorksheetCollection.getCount');
      const count = visibleOnly ? visibleSheets(book).length : book.sheets.length;
      return { response: count, deliver: () => result._set(count) };
    });
    return result;
  }
}
