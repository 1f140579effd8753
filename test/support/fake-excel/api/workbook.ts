import type { BookModel } from '../model/types';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { FakeRequestContext } from '../runtime/context';
import type { ProxySpec } from '../runtime/spec';
import { Application, APPLICATION_SPEC } from './application';
import { Range } from './range';
import { TableCollection, TABLES_SPEC } from './tables';
import { WorksheetCollection, WORKSHEETS_SPEC } from './worksheets';

export const WORKBOOK_SPEC: ProxySpec<BookModel> = {
  className: 'Workbook',
  scalars: { name: { get: () => 'Book1.xlsx' } },
  navs: { worksheets: () => WORKSHEETS_SPEC, tables: () => TABLES_SPEC, application: () => APPLICATION_SPEC },
};

/** `Excel.Workbook`, the root of every path (`context.workbook`). */
export class Workbook extends ClientObject<BookModel> {
  protected readonly _spec = WORKBOOK_SPEC;

  constructor(context: FakeRequestContext) {
    super(context, 'workbook', () => context.session.book);
  }

  get worksheets(): WorksheetCollection {
    return this._child(
      'worksheets',
      () =>
        new WorksheetCollection(this.context, 'workbook.worksheets', () => this._target(), { parent: this }),
    );
  }

  get tables(): TableCollection {
    return this._child(
      'tables',
      () => new TableCollection(this.context, 'workbook.tables', () => ({ sheet: null }), { parent: this }),
    );
  }

  get application(): Application {
    return this._child(
      'application',
      () => new Application(this.context, 'workbook.application', () => this._target(), { parent: this }),
    );
  }

  getSelectedRange(): Range {
    return new Range(
      this.context,
      'workbook.getSelectedRange()',
      () => {
        const { sheet, rect } = this._require('Workbook.getSelectedRange').selection;
        return { sheet, rect };
      },
      { parent: this },
    );
  }

  getActiveCell(): Range {
    return new Range(
      this.context,
      'workbook.getActiveCell()',
      () => {
        const { sheet, rect } = this._require('Workbook.getActiveCell').selection;
        return { sheet, rect: { top: rect.top, left: rect.left, bottom: rect.top, right: rect.left } };
      },
      { parent: this },
    );
  }
}
exposeScalars(Workbook.prototype, WORKBOOK_SPEC);
