import { normaliseColor } from '../core/colors';
import { fail } from '../core/errors';
import type { ConditionalFormatModel, SheetModel } from '../model/types';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';
import { EXCEL_ENUMS } from '../globals/enums';
import { requireBoolean, requireOneOf } from './uniform';

export interface CfTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

const OPERATORS = Object.values(EXCEL_ENUMS.ConditionalCellValueOperator).filter((o) => o !== 'Invalid');

function formatMember<K extends keyof ConditionalFormatModel['format']>(
  key: K,
  check: (v: unknown, loc: string) => ConditionalFormatModel['format'][K],
) {
  return {
    get: (t: CfTarget) => t.cf.format[key] ?? null,
    set: (t: CfTarget, v: unknown, loc: string) => {
      t.cf.format[key] = check(v, loc);
    },
  };
}

export const CF_FILL_SPEC: ProxySpec<CfTarget> = {
  className: 'ConditionalRangeFill',
  scalars: { color: formatMember('fill', normaliseColor) },
  navs: {},
};
export const CF_FONT_SPEC: ProxySpec<CfTarget> = {
  className: 'ConditionalRangeFont',
  scalars: {
    color: formatMember('fontColor', normaliseColor),
    bold: formatMember('bold', requireBoolean),
    italic: formatMember('italic', requireBoolean),
  },
  navs: {},
};
export const CF_FORMAT_SPEC: ProxySpec<CfTarget> = {
  className: 'ConditionalRangeFormat',
  scalars: { numberFormat: formatMember('numberFormat', (v) => String(v)) },
  navs: { fill: () => CF_FILL_SPEC, font: () => CF_FONT_SPEC },
};

/** `{ formula1, formula2?, operator }`, checked as Excel does: a known operator, a formula for each bound. */
function cellValueRule(v: unknown, loc: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return fail('InvalidArgument', loc, 'a rule is an object');
  const rule = v as Record<string, unknown>;
  const operator = requireOneOf(rule['operator'], OPERATORS, loc);
  const needsTwo = operator === 'Between' || operator === 'NotBetween';
  for (const key of needsTwo ? ['formula1', 'formula2'] : ['formula1']) {
    const f = rule[key];
    if (typeof f !== 'string' && typeof f !== 'number')
      fail('InvalidArgument', loc, `${key} is required for ${operator}`);
  }
  return { ...rule, operator };
}

export const CELL_VALUE_CF_SPEC: ProxySpec<CfTarget> = {
  className: 'CellValueConditionalFormat',
  scalars: {
    rule: { get: (t) => ({ ...t.cf.rule }), set: (t, v, loc) => (t.cf.rule = cellValueRule(v, loc)) },
  },
  navs: { format: () => CF_FORMAT_SPEC },
};

export const CF_RULE_SPEC: ProxySpec<CfTarget> = {
  className: 'ConditionalFormatRule',
  scalars: {
    formula: {
      get: (t) => t.cf.rule?.['formula'] ?? null,
      set: (t, v, loc) => {
        if (typeof v !== 'string' || v === '') fail('InvalidArgument', loc, 'a custom rule needs a formula');
        t.cf.rule = { formula: v };
      },
    },
  },
  navs: {},
};

export const CUSTOM_CF_SPEC: ProxySpec<CfTarget> = {
  className: 'CustomConditionalFormat',
  scalars: {},
  navs: { rule: () => CF_RULE_SPEC, format: () => CF_FORMAT_SPEC },
};

class Part extends ClientObject<CfTarget> {
  protected readonly _spec: ProxySpec<CfTarget>;
  constructor(
    parent: ClientObject<CfTarget>,
    name: string,
    spec: ProxySpec<CfTarget>,
    locate: () => CfTarget | null,
  ) {
    super(parent.context, `${parent._path}.${name}`, locate, { parent });
    this._spec = spec;
    exposeScalars(this, spec);
  }
  part(name: string, spec: ProxySpec<CfTarget>): Part {
    return this._child(name, () => new Part(this, name, spec, () => this._target()));
  }
}

export class ConditionalRangeFormat extends Part {
  get fill(): Part {
    return this.part('fill', CF_FILL_SPEC);
  }
  get font(): Part {
    return this.part('font', CF_FONT_SPEC);
  }
}

export class CellValueConditionalFormat extends Part {
  get format(): ConditionalRangeFormat {
    return this._child(
      'format',
      () => new ConditionalRangeFormat(this, 'format', CF_FORMAT_SPEC, () => this._target()),
    );
  }
}

export class CustomConditionalFormat extends Part {
  get rule(): Part {
    return this.part('rule', CF_RULE_SPEC);
  }
  get format(): ConditionalRangeFormat {
    return this._child(
      'format',
      () => new ConditionalRangeFormat(this, 'format', CF_FORMAT_SPEC, () => this._target()),
    );
  }
}
