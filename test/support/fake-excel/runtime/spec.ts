import type { BookModel } from '../model/types';
import type { PlanShape } from './load-plan';

/** One scalar property of a proxy class: how to read it from the model, and to write it. */
export interface ScalarSpec<T> {
  readonly get: (target: T, book: BookModel) => unknown;
  readonly set?: (target: T, value: unknown, location: string, book: BookModel) => void;
  /** For per-cell properties (`values`, `text`…): how many cells a read returns. */
  readonly cells?: (target: T) => number;
}

/** The properties of a proxy class (Office's scalar and navigation properties). */
export interface ProxySpec<T> {
  readonly className: string;
  readonly scalars: Readonly<Record<string, ScalarSpec<T>>>;
  /** Navigation properties, each with the spec of the object it leads to. */
  readonly navs: Readonly<Record<string, () => ProxySpec<never>>>;
  /** For collections: the spec of an item. */
  readonly item?: () => ProxySpec<never>;
}

export function shapeOf(spec: ProxySpec<never>): PlanShape {
  const base = {
    scalars: Object.keys(spec.scalars),
    navs: Object.keys(spec.navs),
    nav: (name: string): PlanShape | undefined => {
      const next = spec.navs[name];
      return next === undefined ? undefined : shapeOf(next());
    },
  };
  return spec.item === undefined ? base : { ...base, item: shapeOf(spec.item()) };
}
