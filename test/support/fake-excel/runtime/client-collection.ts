import { ClientObject, type Snapshot } from './client-object';
import type { LoadPlan } from './load-plan';

/** A collection proxy: `items` readable after `load` + `sync`, each item a bound proxy. */
export abstract class ClientCollection<
  T,
  ItemTarget,
  Item extends ClientObject<ItemTarget>,
> extends ClientObject<T> {
  private _items: Item[] | undefined;

  protected abstract _itemTargets(target: T): readonly ItemTarget[];
  protected abstract _makeItem(target: ItemTarget, index: number): Item;

  get items(): Item[] {
    if (this._items === undefined) throw this._notLoaded('items');
    return this._items;
  }

  override _snapshot(plan: LoadPlan): Snapshot {
    const own = super._snapshot(plan);
    const itemPlan = plan.items;
    const target = this._target();
    if (itemPlan === undefined || target === null) return own;
    const items = this._itemTargets(target).map((t, i) => this._makeItem(t, i)._bind(t));
    const snaps = items.map((item) => item._snapshot(itemPlan));
    const json = { ...(own.json as Record<string, unknown>), items: snaps.map((s) => s.json) };
    return {
      json,
      apply: () => {
        own.apply();
        snaps.forEach((s) => s.apply());
        this._items = items;
      },
    };
  }

  override toJSON(): Record<string, unknown> {
    const own = super.toJSON();
    return this._items === undefined ? own : { ...own, items: this._items.map((i) => i.toJSON()) };
  }
}
