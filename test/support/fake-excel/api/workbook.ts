import { sheetAddress } from '../core/address';
import { fail } from '../core/errors';
import type { Rect } from '../core/address';
import type { BookModel, SheetModel } from '../model/types';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { FakeRequestContext } from '../runtime/context';
import type { ProxySpec } from '../runtime/spec';
import { Application, APPLICATION_SPEC } from './application';
import { Functions, FUNCTIONS_SPEC } from './functions';
import { Range } from './range';
import { TableCollection, TABLES_SPEC } from './tables';
import { WorksheetCollection, WORKSHEETS_SPEC } from './worksheets';

export const WORKBOOK_SPEC: ProxySpec<BookModel> = {
  className: 'Workbook',
  scalars: { name: { get: () => 'Book1.xlsx' } },
  navs: {
    worksheets: () => WORKSHEETS_SPEC,
    tables: () => TABLES_SPEC,
    application: () => APPLICATION_SPEC,
    functions: () => FUNCTIONS_SPEC,
  },
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

  get functions(): Functions {
    return this._child(
      'functions',
      () => new Functions(this.context, 'workbook.functions', () => this._target(), { parent: this }),
    );
  }

  /** The selected range; several selected areas (Ctrl+click) are `InvalidSelection`. */
  getSelectedRange(): Range {
    return new Range(
      this.context,
      'workbook.getSelectedRange()',
      () => {
        const { sheet, rect, areas } = this._require('Workbook.getSelectedRange').selection;
        if (areas !== undefined && areas.length > 1)
          fail('InvalidSelection', 'Workbook.getSelectedRange', `${areas.length} areas are selected`);
        return { sheet, rect };
      },
      { parent: this },
    );
  }

  /** The selected areas (ExcelApi 1.9): `areaCount` and `address` when loaded. */
  getSelectedRanges(): RangeAreas {
    return new RangeAreas(
      this.context,
      'workbook.getSelectedRanges()',
      () => {
        const { sheet, rect, areas } = this._require('Workbook.getSelectedRanges').selection;
        return { sheet, areas: areas ?? [rect] };
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

export const RANGE_AREAS_SPEC: ProxySpec<{ sheet: SheetModel; areas: readonly Rect[] }> = {
  className: 'RangeAreas',
  scalars: {
    areaCount: { get: (t) => t.areas.length },
    address: { get: (t) => t.areas.map((r) => sheetAddress(t.sheet.name, r)).join(',') },
  },
  navs: {},
};

/** `Excel.RangeAreas`: the areas of a multi-area selection (only `areaCount` and `address`). */
export class RangeAreas extends ClientObject<{ sheet: SheetModel; areas: readonly Rect[] }> {
  protected readonly _spec = RANGE_AREAS_SPEC;
}
exposeScalars(RangeAreas.prototype, RANGE_AREAS_SPEC);
