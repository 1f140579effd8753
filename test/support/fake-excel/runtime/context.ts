import { FakeOfficeError, officeError } from '../core/errors';
import { Workbook } from '../api/workbook';
import { ClientObject, type OpResult, type ProxyNode } from './client-object';
import { requestBytes, responseBytes } from './payload';
import type { Session } from './session';

/** One queued action: a property set, a method call, a load, or an object instantiation. */
export interface Op {
  readonly owner: ProxyNode;
  readonly name: string;
  readonly args: readonly unknown[];
  readonly execute: () => OpResult;
}

export interface ContextOptions {
  /** `Excel.run` tracks every object for the whole batch; a bare `new Excel.RequestContext()` does not. */
  readonly autoTrack: boolean;
  readonly delayForCellEdit?: boolean;
  /** `Excel.run({ mergeUndoGroup: true })` (ExcelApi 1.20): the run's syncs make one undo group. */
  readonly mergeUndoGroup?: boolean;
}

/** `Excel.RequestContext`: queues actions and runs them, in order, at `sync()`. */
export class FakeRequestContext {
  readonly session: Session;
  readonly workbook: Workbook;
  readonly _autoTrack: boolean;
  readonly _delayForCellEdit: boolean;
  readonly _mergeUndoGroup: boolean;
  readonly _touched = new Set<ProxyNode>();
  _ended = false;
  /** Counts finished runs on this context; untracked ranges from an earlier one are released. */
  _generation = 0;
  private queue: Op[] = [];
  private suspendCalculation = false;
  private calculation: string | undefined;

  readonly trackedObjects = {
    add: (objects: ProxyNode | readonly ProxyNode[]): void => {
      for (const o of this.list(objects)) this.own(o, 'trackedObjects.add')._tracked = true;
    },
    remove: (objects: ProxyNode | readonly ProxyNode[]): void => {
      for (const o of this.list(objects)) this.own(o, 'trackedObjects.remove')._tracked = false;
    },
  };

  constructor(session: Session, options: ContextOptions) {
    this.session = session;
    this._autoTrack = options.autoTrack;
    this._delayForCellEdit = options.delayForCellEdit === true;
    this._mergeUndoGroup = options.mergeUndoGroup === true;
    this.workbook = new Workbook(this);
  }

  get application(): Workbook['application'] {
    return this.workbook.application;
  }

  /** `context.load(object, option)`, the same as `object.load(option)`. */
  load<O extends ProxyNode>(object: O, option?: unknown): O {
    this.own(object, 'RequestContext.load').load(option);
    return object;
  }

  sync(): Promise<void> {
    return this._sync(false);
  }

  _suspendCalculation(): void {
    this.suspendCalculation = true;
  }

  /** Records `application.calculate(type)` on the sync that carries it. */
  _calculate(type: string): void {
    this.calculation = type;
  }

  _end(): void {
    this._ended = true;
    this._generation += 1;
    this.queue = [];
  }

  _enqueue(op: Op): void {
    if (this._ended) throw invalidPath(op.owner, 'the Excel.run batch that created this object has finished');
    for (let o: ProxyNode | undefined = op.owner; o !== undefined; o = o._parent) {
      if (!o._valid)
        throw invalidPath(o, 'the object was not tracked and a sync has passed since it was used');
      if (o._invalidAfterRequest && !o._tracked && o._generation !== this._generation) {
        throw invalidPath(
          o,
          'the Excel.run batch that created this range has finished and it was not tracked',
        );
      }
    }
    const args = op.args.map((a) => this.argument(a, op.name));
    this.queue.push({ ...op, args });
  }

  private argument(value: unknown, location: string): unknown {
    if (!(value instanceof ClientObject)) return value;
    this.own(value, location);
    return { objectPath: value._path };
  }

  private own<O extends ProxyNode>(object: O, location: string): O {
    if (object.context !== this) {
      throw officeError('InvalidRequestContext', {
        location,
        detail: `${object._path} belongs to another context`,
      });
    }
    return object;
  }

  private list(objects: ProxyNode | readonly ProxyNode[]): readonly ProxyNode[] {
    return isList(objects) ? objects : [objects];
  }

  async _sync(implicit: boolean): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const suspended = this.suspendCalculation;
    this.suspendCalculation = false;
    const calculated = this.calculation;
    this.calculation = undefined;
    if (implicit && ops.length === 0) return;
    const paths = new Set<string>();
    for (const op of ops) {
      for (let o: ProxyNode | undefined = op.owner; o !== undefined; o = o._parent) paths.add(o._path);
    }
    const request = requestBytes({ paths, actions: ops });
    const base = {
      implicit,
      operations: ops.length,
      requestBytes: request,
      calculationSuspended: suspended,
      ...(calculated === undefined ? {} : { calculated }),
      ...(this._mergeUndoGroup ? { mergeUndoGroup: true } : {}),
    };
    const failWith = (error: FakeOfficeError, responseSize = 0): never => {
      this.session.record({ ...base, responseBytes: responseSize, error: error.code });
      throw error;
    };
    await this.waitOutCellEdit(failWith);
    const fault = this.session.faults.shift();
    if (fault !== undefined && !(fault === 'InvalidOperationInCellEditMode' && this._delayForCellEdit)) {
      failWith(officeError(fault, { location: 'RequestContext.sync', detail: 'injected fault' }));
    }
    const limit = this.session.payloadLimitBytes;
    if (limit !== null && request > limit) {
      failWith(
        officeError('RequestPayloadSizeLimitExceeded', { detail: `request of ${request} bytes > ${limit}` }),
      );
    }
    this._touched.clear();
    const responses: unknown[] = [];
    const delivers: Array<() => void> = [];
    for (const op of ops) {
      try {
        const result = op.execute();
        if (result.response !== undefined) responses.push(result.response);
        if (result.deliver !== undefined) delivers.push(result.deliver);
      } catch (error) {
        failWith(asOfficeError(error, op.name));
      }
    }
    const response = responseBytes(responses);
    if (limit !== null && response > limit) {
      failWith(
        officeError('ResponsePayloadSizeLimitExceeded', {
          detail: `response of ${response} bytes > ${limit}`,
        }),
        response,
      );
    }
    delivers.forEach((d) => d());
    for (const o of this._touched) o._settle();
    if (!this._autoTrack) {
      for (const op of ops) {
        for (let o: ProxyNode | undefined = op.owner; o !== undefined; o = o._parent) {
          if (o._invalidAfterRequest && !o._tracked) o._valid = false;
        }
      }
    }
    this.session.record({ ...base, responseBytes: response });
  }

  private async waitOutCellEdit(failWith: (e: FakeOfficeError) => never): Promise<void> {
    if (!this.session.cellEditMode) return;
    if (!this._delayForCellEdit)
      failWith(officeError('InvalidOperationInCellEditMode', { location: 'RequestContext.sync' }));
    await this.session.whenEditEnds();
  }
}

function isList(o: ProxyNode | readonly ProxyNode[]): o is readonly ProxyNode[] {
  return Array.isArray(o);
}

function invalidPath(object: ProxyNode, detail: string): FakeOfficeError {
  return officeError('InvalidObjectPath', { argument: object._path, location: object._path, detail });
}

function asOfficeError(error: unknown, location: string): FakeOfficeError {
  if (error instanceof FakeOfficeError) {
    if (error.debugInfo.errorLocation !== undefined) return error;
    return new FakeOfficeError(error.code, error.message, { ...error.debugInfo, errorLocation: location });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return officeError('GeneralException', { location, detail: `fake bug: ${detail}` });
}
