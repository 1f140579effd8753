import { intersects } from '../core/address';
import { fail } from '../core/errors';
import type { RangeTarget } from '../model/range-io';
import { ClientCollection } from '../runtime/client-collection';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import { ClientResult } from '../runtime/client-result';
import type { ProxySpec } from '../runtime/spec';
import { EXCEL_ENUMS } from '../globals/enums';
import {
  CellValueConditionalFormat,
  CELL_VALUE_CF_SPEC,
  CustomConditionalFormat,
  CUSTOM_CF_SPEC,
  type CfTarget,
} from './conditional-format-parts';
import { Range } from './range';
import { requireBoolean, requireNumber, requireOneOf } from './uniform';

const TYPES = Object.values(EXCEL_ENUMS.ConditionalFormatType);

export const CONDITIONAL_FORMAT_SPEC: ProxySpec<CfTarget> = {
  className: 'ConditionalFormat',
  scalars: {
    id: { get: (t) => t.cf.id },
    type: { get: (t) => t.cf.type },
    priority: { get: (t) => t.cf.priority, set: (t, v, loc) => (t.cf.priority = requireNumber(v, loc, 0)) },
    stopIfTrue: {
      get: (t) => t.cf.stopIfTrue,
      set: (t, v, loc) => (t.cf.stopIfTrue = requireBoolean(v, loc)),
    },
  },
  navs: { cellValue: () => CELL_VALUE_CF_SPEC, custom: () => CUSTOM_CF_SPEC },
};

export const CONDITIONAL_FORMATS_SPEC: ProxySpec<RangeTarget> = {
  className: 'ConditionalFormatCollection',
  scalars: {},
  navs: {},
  item: () => CONDITIONAL_FORMAT_SPEC,
};

/** `Excel.ConditionalFormat`: `cellValue` / `custom` only on a format of that type (else `InvalidOperation`). */
export class ConditionalFormat extends ClientObject<CfTarget> {
  protected readonly _spec = CONDITIONAL_FORMAT_SPEC;

  private typed(type: string, nullable: boolean): () => CfTarget | null {
    return () => {
      const t = this._require('ConditionalFormat');
      if (t.cf.type === type) return t;
      return nullable
        ? null
        : fail(
            'InvalidOperation',
            'ConditionalFormat',
            `this conditional format is ${t.cf.type}, not ${type}`,
          );
    };
  }

  get cellValue(): CellValueConditionalFormat {
    return this._child(
      'cellValue',
      () =>
        new CellValueConditionalFormat(this, 'cellValue', CELL_VALUE_CF_SPEC, this.typed('CellValue', false)),
    );
  }

  get custom(): CustomConditionalFormat {
    return this._child(
      'custom',
      () => new CustomConditionalFormat(this, 'custom', CUSTOM_CF_SPEC, this.typed('Custom', false)),
    );
  }

  getRange(): Range {
    return new Range(
      this.context,
      `${this._path}.getRange()`,
      () => {
        const t = this._require('ConditionalFormat.getRange');
        return { sheet: t.sheet, rect: t.cf.rect };
      },
      { parent: this },
    );
  }

  delete(): void {
    this._enqueue('ConditionalFormat.delete', [], () => {
      const t = this._require('ConditionalFormat.delete');
      t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.cf), 1);
      return {};
    });
  }
}
exposeScalars(ConditionalFormat.prototype, CONDITIONAL_FORMAT_SPEC);

/** `Excel.ConditionalFormatCollection` of a range: the formats that intersect it. */
export class ConditionalFormatCollection extends ClientCollection<RangeTarget, CfTarget, ConditionalFormat> {
  protected readonly _spec = CONDITIONAL_FORMATS_SPEC;

  protected _itemTargets(t: RangeTarget): readonly CfTarget[] {
    return t.sheet.conditionalFormats
      .filter((cf) => intersects(cf.rect, t.rect))
      .map((cf) => ({ sheet: t.sheet, cf }));
  }

  protected _makeItem(target: CfTarget): ConditionalFormat {
    return new ConditionalFormat(
      this.context,
      `${this._path}.getItem(${JSON.stringify(target.cf.id)})`,
      () => target,
    );
  }

  /** Adds a format of `type` over the range, at priority 0 (the others move down one). */
  add(type: string): ConditionalFormat {
    const cf = new ConditionalFormat(
      this.context,
      `${this._path}.add(${JSON.stringify(type)})`,
      () => fail('InvalidOperation', 'ConditionalFormatCollection.add', 'not added yet'),
      { parent: this },
    );
    this._enqueue('ConditionalFormatCollection.add', [type], () => {
      const t = this._require('ConditionalFormatCollection.add');
      const kind = requireOneOf(type, TYPES, 'ConditionalFormatCollection.add');
      const book = this.context.session.book;
      book.nextId += 1;
      for (const other of t.sheet.conditionalFormats) other.priority += 1;
      const model = {
        id: `{cf-${book.nextId}}`,
        rect: t.rect,
        type: kind,
        priority: 0,
        stopIfTrue: false,
        rule: null,
        format: {},
      };
      t.sheet.conditionalFormats.push(model);
      cf._bind({ sheet: t.sheet, cf: model });
      return {};
    });
    return cf;
  }

  clearAll(): void {
    this._enqueue('ConditionalFormatCollection.clearAll', [], () => {
      const t = this._require('ConditionalFormatCollection.clearAll');
      const list = t.sheet.conditionalFormats;
      for (let i = list.length - 1; i >= 0; i -= 1) {
        const cf = list[i];
        if (cf !== undefined && intersects(cf.rect, t.rect)) list.splice(i, 1);
      }
      return {};
    });
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._enqueue('ConditionalFormatCollection.getCount', [], () => {
      const n = this._itemTargets(this._require('ConditionalFormatCollection.getCount')).length;
      return { response: n, deliver: () => result._set(n) };
    });
    return result;
  }
}
