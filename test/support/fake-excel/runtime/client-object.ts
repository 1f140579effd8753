import { fail, officeError } from '../core/errors';
import type { FakeRequestContext } from './context';
import { buildPlan, type LoadPlan } from './load-plan';
import { loadPaths } from './load-options';
import { shapeOf, type ProxySpec } from './spec';

/** What one queued action does when its batch runs: a response to count, and results to hand back. */
export interface OpResult {
  readonly response?: unknown;
  readonly deliver?: () => void;
}

/** A loaded snapshot: the JSON Office would return, and how to put it into the proxies. */
export interface Snapshot {
  readonly json: unknown;
  readonly apply: () => void;
}

/** What code outside a proxy class needs of any proxy, whatever it points at. */
export interface ProxyNode {
  readonly context: FakeRequestContext;
  readonly _path: string;
  readonly _parent: ProxyNode | undefined;
  readonly _nullable: boolean;
  readonly _invalidAfterRequest: boolean;
  _tracked: boolean;
  _valid: boolean;
  readonly _generation: number;
  _target(): unknown;
  _settle(): void;
  _snapshot(plan: LoadPlan): Snapshot;
  load(option?: unknown): unknown;
  set(properties: Record<string, unknown>): void;
  toJSON(): Record<string, unknown>;
}

type State<T> =
  | { readonly kind: 'unresolved' }
  | { readonly kind: 'bound'; readonly target: T }
  | { readonly kind: 'null' };

export interface ProxyOptions {
  readonly parent?: ProxyNode;
  /** From an `…OrNullObject` method: a missing item gives `isNullObject === true`, not an error. */
  readonly nullable?: boolean;
  /** Office invalidates such object paths after each sync unless tracked (ranges). */
  readonly invalidAfterRequest?: boolean;
}

/**
 * The base of every fake proxy: properties readable only once loaded and synced, writes and method
 * calls queued on the context and run at `sync()`, lazy resolution of what the proxy points at.
 */
export abstract class ClientObject<T> implements ProxyNode {
  readonly context: FakeRequestContext;
  readonly _path: string;
  readonly _parent: ProxyNode | undefined;
  readonly _nullable: boolean;
  readonly _invalidAfterRequest: boolean;
  _tracked = false;
  _valid = true;
  /** The context's run in which the proxy was made (objects are released when a run ends). */
  readonly _generation: number;
  protected readonly _loaded = new Map<string, unknown>();
  private _state: State<T> = { kind: 'unresolved' };
  private _isNullKnown: boolean | undefined;
  private readonly _children = new Map<string, ProxyNode>();
  protected abstract readonly _spec: ProxySpec<T>;

  private readonly _locate: () => T | null;

  /**
   * @param locate finds the target when the batch first uses the proxy; returns null for a missing
   *   item of a nullable proxy, throws an Office error otherwise.
   */
  constructor(context: FakeRequestContext, path: string, locate: () => T | null, options: ProxyOptions = {}) {
    this.context = context;
    this._path = path;
    this._locate = locate;
    this._generation = context._generation;
    this._parent = options.parent;
    this._nullable = options.nullable === true || options.parent?._nullable === true;
    this._invalidAfterRequest = options.invalidAfterRequest === true;
    if (options.nullable === true) this._enqueue('instantiate', [], () => (this._target(), {}));
  }

  /** Whether a bound target still exists (a deleted sheet, a deleted table). */
  protected _stillExists(_target: T): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (this._isNullKnown === undefined) throw this._notLoaded('isNullObject');
    return this._isNullKnown;
  }

  _target(): T | null {
    this.context._touched.add(this);
    if (this._state.kind === 'bound') {
      if (this._stillExists(this._state.target)) return this._state.target;
      fail('ItemNotFound', this._spec.className, `${this._path} no longer exists`);
    }
    if (this._state.kind === 'null') return null;
    if (this._parent !== undefined && this._parent._target() === null) {
      this._state = { kind: 'null' };
      return null;
    }
    const target = this._locate();
    this._state = target === null ? { kind: 'null' } : { kind: 'bound', target };
    return target;
  }

  /** The target, or `ItemNotFound` when this is a null object (the fake refuses actions on those). */
  _require(location: string): T {
    const target = this._target();
    if (target === null) fail('ItemNotFound', location, `${this._path} is a null object`);
    return target;
  }

  /** Binds the proxy to a known target (collection items). */
  _bind(target: T): this {
    this.context._touched.add(this);
    this._state = { kind: 'bound', target };
    return this;
  }

  _settle(): void {
    this._isNullKnown = this._state.kind === 'null';
  }

  protected _read(name: string): unknown {
    if (this._loaded.has(name)) return this._loaded.get(name);
    if (this._isNullKnown === true) return undefined;
    throw this._notLoaded(name);
  }

  protected _write(name: string, value: unknown): void {
    const spec = this._spec.scalars[name];
    const set = spec?.set;
    const location = `${this._spec.className}.${name}`;
    if (set === undefined) throw officeError('InvalidArgument', { location, detail: `${name} is read-only` });
    this._enqueue(location, [value], () => {
      set(this._require(location), value, location, this.context.session.book);
      return {};
    });
    this._loaded.set(name, value);
  }

  /** Office refuses, at the call, an argument proxy from another request context. */
  protected _sameContext(other: ProxyNode, location: string): void {
    if (other.context !== this.context) {
      throw officeError('InvalidRequestContext', {
        location,
        detail: `${other._path} belongs to another context`,
      });
    }
  }

  protected _notLoaded(name: string): Error {
    return officeError('PropertyNotLoaded', { argument: name, location: `${this._spec.className}.${name}` });
  }

  protected _enqueue(name: string, args: readonly unknown[], execute: () => OpResult): void {
    this.context._enqueue({ owner: this, name, args, execute });
  }

  /** A navigation property's proxy, created once. */
  protected _child<C extends ProxyNode>(name: string, create: () => C): C {
    const existing = this._children.get(name);
    if (existing !== undefined) return existing as C;
    const made = create();
    this._children.set(name, made);
    return made;
  }

  _navChild(name: string): ProxyNode {
    const value: unknown = (this as unknown as Record<string, unknown>)[name];
    if (value instanceof ClientObject) return value;
    throw new Error(`${this._spec.className}.${name} is not a navigation property`);
  }

  load(option?: unknown): this {
    const paths = loadPaths(option);
    const plan = buildPlan(shapeOf(this._spec as ProxySpec<never>), paths);
    this._enqueue(`${this._spec.className}.load`, [paths], () => {
      const snap = this._snapshot(plan);
      return { response: snap.json, deliver: snap.apply };
    });
    return this;
  }

  _snapshot(plan: LoadPlan): Snapshot {
    const location = `${this._spec.className}.load`;
    const unknown = plan.unknown[0];
    if (unknown !== undefined)
      fail('InvalidArgument', location, `${this._spec.className} has no property "${unknown}"`);
    const target = this._target();
    if (target === null) return { json: { _IsNull: true }, apply: () => undefined };
    const json: Record<string, unknown> = {};
    const applies: Array<() => void> = [];
    const names = plan.all ? Object.keys(this._spec.scalars) : [...plan.scalars];
    for (const name of names) {
      const spec = this._spec.scalars[name];
      if (spec === undefined) continue;
      const value = this._checkReadSize(spec.cells?.(target), location)
        ? spec.get(target, this.context.session.book)
        : null;
      json[name] = value;
      applies.push(() => this._loaded.set(name, value));
    }
    for (const [name, sub] of plan.navs) {
      const snap = this._navChild(name)._snapshot(sub);
      json[name] = snap.json;
      applies.push(snap.apply);
    }
    return { json, apply: () => applies.forEach((f) => f()) };
  }

  /** Whether a per-cell read of `cells` cells is answered (false: it reads `null`, as on the web). */
  private _checkReadSize(cells: number | undefined, location: string): boolean {
    if (cells === undefined) return true;
    if (cells > this.context.session.readCellLimit) {
      if (this.context.session.oversizedReads === 'null') return false;
      fail('RangeExceedsLimit', location, `${cells} cells in one read`);
    }
    const limit = this.context.session.payloadLimitBytes;
    if (limit !== null && cells * 3 > limit) {
      fail('ResponsePayloadSizeLimitExceeded', location, `${cells} cells cannot fit in ${limit} bytes`);
    }
    return true;
  }

  /** Office's `set(properties)`: scalars through their setters, navigation properties recursively. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      if (this._spec.scalars[key]?.set !== undefined) this._write(key, value);
      else if (key in this._spec.navs && typeof value === 'object' && value !== null) {
        this._navChild(key).set(value as Record<string, unknown>);
      } else {
        throw officeError('InvalidArgument', {
          location: `${this._spec.className}.set`,
          detail: `cannot set "${key}"`,
        });
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of this._loaded) out[key] = value;
    for (const [key, child] of this._children) {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[key] = json;
    }
    return out;
  }

  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }
}

/** Defines Office-style accessors on a proxy class for every scalar in its spec. */
export function exposeScalars(proto: object, spec: ProxySpec<never>): void {
  for (const [name, scalar] of Object.entries(spec.scalars)) {
    const descriptor: PropertyDescriptor = {
      configurable: true,
      enumerable: true,
      get(this: { _read(n: string): unknown }) {
        return this._read(name);
      },
    };
    if (scalar.set !== undefined) {
      descriptor.set = function (this: { _write(n: string, v: unknown): void }, value: unknown) {
        this._write(name, value);
      };
    }
    Object.defineProperty(proto, name, descriptor);
  }
}
