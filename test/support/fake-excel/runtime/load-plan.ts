/** A parsed `load(...)`: the scalars of one object and plans for its navigation properties. */
export interface LoadPlan {
  /** Every scalar (`load()` with no argument, `$all`, or a navigation property named as a leaf). */
  all: boolean;
  readonly scalars: Set<string>;
  readonly navs: Map<string, LoadPlan>;
  /** For collections: what to load on each item. */
  items?: LoadPlan;
  /** Names that are not properties of the object (an error when the batch runs). */
  readonly unknown: string[];
}

export function emptyPlan(): LoadPlan {
  return { all: false, scalars: new Set(), navs: new Map(), unknown: [] };
}

export interface PlanShape {
  readonly scalars: readonly string[];
  readonly navs: readonly string[];
  /** The shape of a navigation property's object. */
  nav(name: string): PlanShape | undefined;
  /** For collections: the items' shape. */
  readonly item?: PlanShape;
}

/**
 * Folds `load` paths into a plan. On a collection, `items/x` and a bare `x` that is not a property
 * of the collection both mean `x` of every item.
 */
export function buildPlan(
  shape: PlanShape,
  paths: readonly string[],
  plan: LoadPlan = emptyPlan(),
): LoadPlan {
  if (paths.length === 0) {
    if (shape.item !== undefined) plan.items = buildPlan(shape.item, [], plan.items ?? emptyPlan());
    else plan.all = true;
    return plan;
  }
  for (const path of paths) addPath(shape, path.split('/'), plan);
  return plan;
}

function addPath(shape: PlanShape, segments: readonly string[], plan: LoadPlan): void {
  const [head, ...rest] = segments;
  if (head === undefined || head === '') return;
  if (shape.item !== undefined && !shape.scalars.includes(head)) {
    plan.items ??= emptyPlan();
    const itemSegments = head === 'items' ? rest : segments;
    if (itemSegments.length === 0) plan.items.all = true;
    else addPath(shape.item, itemSegments, plan.items);
    return;
  }
  if (head === '*') {
    plan.all = true;
    return;
  }
  if (shape.scalars.includes(head) && rest.length === 0) {
    plan.scalars.add(head);
    return;
  }
  const navShape = shape.navs.includes(head) ? shape.nav(head) : undefined;
  if (navShape === undefined) {
    plan.unknown.push(segments.join('/'));
    return;
  }
  const sub = plan.navs.get(head) ?? emptyPlan();
  plan.navs.set(head, sub);
  buildPlan(navShape, rest.length === 0 ? [] : [rest.join('/')], sub);
}
