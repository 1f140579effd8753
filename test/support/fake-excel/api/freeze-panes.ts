import { MAX_COLUMNS, MAX_ROWS, parseAddress } from '../core/address';
import { fail } from '../core/errors';
import type { SheetModel } from '../model/types';
import { ClientObject } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';
import { Range } from './range';
import { requireNumber } from './uniform';

export const FREEZE_PANES_SPEC: ProxySpec<SheetModel> = {
  className: 'WorksheetFreezePanes',
  scalars: {},
  navs: {},
};

/** `Excel.WorksheetFreezePanes`: the frozen rows and columns at the top left. */
export class FreezePanes extends ClientObject<SheetModel> {
  protected readonly _spec = FREEZE_PANES_SPEC;

  private freeze(
    method: string,
    args: readonly unknown[],
    next: (sheet: SheetModel) => { rows: number; columns: number },
  ): void {
    this._enqueue(`WorksheetFreezePanes.${method}`, args, () => {
      const sheet = this._require(`WorksheetFreezePanes.${method}`);
      sheet.freeze = next(sheet);
      return {};
    });
  }

  freezeRows(count = 1): void {
    this.freeze('freezeRows', [count], () => ({
      rows: requireNumber(count, 'WorksheetFreezePanes.freezeRows', 0),
      columns: 0,
    }));
  }

  freezeColumns(count = 1): void {
    this.freeze('freezeColumns', [count], () => ({
      rows: 0,
      columns: requireNumber(count, 'WorksheetFreezePanes.freezeColumns', 0),
    }));
  }

  /** Freezes the rows above and the columns left of the range's bottom-right corner, plus it. */
  freezeAt(frozenRange: Range | string): void {
    if (frozenRange instanceof Range) this._sameContext(frozenRange, 'WorksheetFreezePanes.freezeAt');
    this.freeze('freezeAt', [frozenRange], () => {
      const rect =
        frozenRange instanceof Range
          ? frozenRange._require('WorksheetFreezePanes.freezeAt').rect
          : parseAddress(frozenRange)?.rect;
      if (rect === undefined)
        return fail(
          'InvalidArgument',
          'WorksheetFreezePanes.freezeAt',
          `not an address: ${String(frozenRange)}`,
        );
      return { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }

  unfreeze(): void {
    this.freeze('unfreeze', [], () => ({ rows: 0, columns: 0 }));
  }

  getLocationOrNullObject(): Range {
    return new Range(
      this.context,
      `${this._path}.getLocationOrNullObject()`,
      () => {
        const sheet = this._require('WorksheetFreezePanes.getLocationOrNullObject');
        const { rows, columns } = sheet.freeze;
        if (rows === 0 && columns === 0) return null;
        return {
          sheet,
          rect: {
            top: 0,
            left: 0,
            bottom: rows === 0 ? MAX_ROWS - 1 : rows - 1,
            right: columns === 0 ? MAX_COLUMNS - 1 : columns - 1,
          },
        };
      },
      { parent: this, nullable: true },
    );
  }
}
