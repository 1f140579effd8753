import { contains, intersects } from '../core/address';
import { fail } from '../core/errors';
import type { RangeTarget } from '../model/range-io';
import type { ValidationModel } from '../model/types';
import { ClientObject, exposeScalars } from '../runtime/client-object';
import type { ProxySpec } from '../runtime/spec';
import { requireBoolean } from './uniform';

const RULE_KINDS = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'] as const;
const TYPE_NAMES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
  list: 'List',
  custom: 'Custom',
};

function covering(t: RangeTarget): ValidationModel | undefined {
  return t.sheet.validations.find((v) => contains(v.rect, t.rect));
}

/** One rule kind; a list needs a non-empty `source` (comma-separated text, or a range address). */
function checkRule(value: unknown, loc: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return fail('InvalidArgument', loc, 'a rule is an object');
  const rule = value as Record<string, unknown>;
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  const kind = kinds[0];
  if (kinds.length !== 1 || kind === undefined || !(RULE_KINDS as readonly string[]).includes(kind)) {
    return fail('InvalidArgument', loc, `a rule has exactly one of ${RULE_KINDS.join(', ')}`);
  }
  if (kind === 'list') {
    const source = (rule['list'] as Record<string, unknown>)['source'];
    if (typeof source !== 'string' || source.trim() === '')
      fail('InvalidArgument', loc, 'a list rule needs a source');
  }
  return { [kind]: { ...(rule[kind] as Record<string, unknown>) } };
}

function setRule(t: RangeTarget, value: unknown, loc: string): void {
  const rule = checkRule(value, loc);
  t.sheet.validations.splice(
    0,
    t.sheet.validations.length,
    ...t.sheet.validations.filter((v) => !intersects(v.rect, t.rect)),
  );
  t.sheet.validations.push({ rect: t.rect, rule, ignoreBlanks: true, errorAlert: null, prompt: null });
}

function member(key: 'errorAlert' | 'prompt') {
  return {
    get: (t: RangeTarget) => covering(t)?.[key] ?? null,
    set: (t: RangeTarget, v: unknown, loc: string) => {
      const found = covering(t) ?? fail('InvalidOperation', loc, 'set the rule first');
      found[key] =
        typeof v === 'object' && v !== null
          ? { ...(v as Record<string, unknown>) }
          : fail('InvalidArgument', loc, `${key} is an object`);
    },
  };
}

export const DATA_VALIDATION_SPEC: ProxySpec<RangeTarget> = {
  className: 'DataValidation',
  scalars: {
    rule: { get: (t) => covering(t)?.rule ?? {}, set: setRule },
    type: {
      get: (t) => {
        const found = covering(t);
        const kind = found === undefined ? undefined : Object.keys(found.rule)[0];
        if (kind !== undefined) return TYPE_NAMES[kind];
        return t.sheet.validations.some((v) => intersects(v.rect, t.rect)) ? 'MixedCriteria' : 'None';
      },
    },
    ignoreBlanks: {
      get: (t) => covering(t)?.ignoreBlanks ?? true,
      set: (t, v, loc) =>
        ((covering(t) ?? fail('InvalidOperation', loc, 'set the rule first')).ignoreBlanks = requireBoolean(
          v,
          loc,
        )),
    },
    errorAlert: member('errorAlert'),
    prompt: member('prompt'),
    valid: { get: () => true },
  },
  navs: {},
};

/** `Excel.DataValidation` of a range (rules are kept, not enforced on writes). */
export class DataValidation extends ClientObject<RangeTarget> {
  protected readonly _spec = DATA_VALIDATION_SPEC;

  clear(): void {
    this._enqueue('DataValidation.clear', [], () => {
      const t = this._require('DataValidation.clear');
      t.sheet.validations.splice(
        0,
        t.sheet.validations.length,
        ...t.sheet.validations.filter((v) => !intersects(v.rect, t.rect)),
      );
      return {};
    });
  }
}
exposeScalars(DataValidation.prototype, DATA_VALIDATION_SPEC);
