import { officeError } from '../core/errors';
import { ClientObject } from '../runtime/client-object';
import { FakeRequestContext } from '../runtime/context';
import type { Session } from '../runtime/session';

type Batch = (context: FakeRequestContext) => unknown;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}

function contextOf(arg: unknown): FakeRequestContext | undefined {
  if (arg instanceof FakeRequestContext) return arg;
  if (arg instanceof ClientObject) return arg.context;
  if (Array.isArray(arg) && arg[0] instanceof ClientObject) return arg[0].context;
  return undefined;
}

/**
 * `Excel.run(batch)`, `Excel.run({ delayForCellEdit }, batch)`, and `Excel.run(object, batch)`
 * (which reuses the object's context, as Office does for tracked objects). The batch must return a
 * promise; pending actions are flushed by one last sync when it resolves, and the context's
 * objects are released when the run ends.
 */
export async function run(session: Session, ...args: unknown[]): Promise<unknown> {
  const batch = args[args.length - 1];
  if (typeof batch !== 'function')
    throw officeError('InvalidArgument', { location: 'Excel.run', detail: 'no batch function' });
  const first = args.length > 1 ? args[0] : undefined;
  const reused = contextOf(first);
  const options =
    reused === undefined && typeof first === 'object' && first !== null
      ? (first as { delayForCellEdit?: unknown; mergeUndoGroup?: unknown })
      : {};
  const context =
    reused ??
    new FakeRequestContext(session, {
      autoTrack: true,
      delayForCellEdit: options.delayForCellEdit === true,
      mergeUndoGroup: options.mergeUndoGroup === true,
    });
  const wasEnded = context._ended;
  context._ended = false;
  try {
    const returned = (batch as Batch)(context);
    if (!isThenable(returned)) throw officeError('RunMustReturnPromise', { location: 'Excel.run' });
    const result = await returned;
    await context._sync(true);
    return result;
  } finally {
    if (reused === undefined || wasEnded) context._end();
  }
}
