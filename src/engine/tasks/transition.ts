import type { Rejection } from '../issues/rejection';
import { sumExact } from '../money/sum';
import type { Instant } from '../model/primitives';
import type { TaskStatus } from '../model/statuses';
import type { Task } from '../model/task';
import type { ChangeReason } from './change-reason';
import type { UpdateRequest } from './update-request';

export interface TransitionContext {
  /** When the change happens: the update's Updated At, else the report time. */
  readonly at: Instant;
  readonly retryLimit: number;
  /** The status of a task right now (earlier updates of this run included); `undefined` if unknown. */
  readonly statusOf: (taskId: string) => TaskStatus | undefined;
}

export type Transition =
  | { readonly ok: true; readonly task: Task; readonly reason: ChangeReason }
  | { readonly ok: false; readonly rejection: Rejection };

type Applied = Extract<Transition, { ok: true }>;

const applied = (task: Task, reason: ChangeReason): Applied => ({ ok: true, task, reason });
const rejected = (rejection: Rejection): Transition => ({ ok: false, rejection });

function joined(parts: ReadonlyArray<string | null>): string | null {
  const kept = parts.filter((p): p is string => p !== null && p !== '');
  return kept.length === 0 ? null : kept.join('; ');
}

const blockersOf = (r: UpdateRequest): string | null => joined(r.blockers);
const noteOf = (r: UpdateRequest): string | null => joined([r.resultText, ...r.blockers]);

function cancel(task: Task, r: UpdateRequest): Transition {
  const reason = noteOf(r);
  if (reason === null) return rejected({ code: 'cancel_reason_required' });
  const unblocked = task.status === 'blocked' ? { blockedSince: null, blocker: null } : {};
  return applied({ ...task, ...unblocked, status: 'cancelled' }, { kind: 'cancelled', reason });
}

function progressNote(task: Task, r: UpdateRequest): Transition {
  const blocker = task.status === 'blocked' ? blockersOf(r) : null;
  const corrects = task.status === 'completed' && r.result !== null;
  const note = blocker !== null ? r.resultText : corrects ? blockersOf(r) : noteOf(r);
  return applied(
    { ...task, blocker: blocker ?? task.blocker, actualResult: corrects ? r.result : task.actualResult },
    { kind: 'progress_note', hours: r.hours, blocker, result: corrects ? r.resultText : null, note },
  );
}

function failedAttempt(task: Task, r: UpdateRequest, ctx: TransitionContext): Transition {
  const attempts = task.attempts + 1;
  const status: TaskStatus = attempts >= ctx.retryLimit ? 'failed' : 'in_progress';
  return applied(
    { ...task, attempts, status },
    { kind: 'attempt_failed', attempt: attempts, limit: ctx.retryLimit, note: noteOf(r) },
  );
}

function start(task: Task, r: UpdateRequest, ctx: TransitionContext): Transition {
  const dependencies = [...new Set(task.dependsOn)].flatMap((taskId) => {
    const status = ctx.statusOf(taskId);
    return status === undefined ? [] : [{ taskId, status }];
  });
  const unmet = dependencies.filter((d) => d.status !== 'completed');
  if (unmet.length > 0) return rejected({ code: 'unmet_dependencies', dependencies: unmet });
  return applied(
    { ...task, status: 'in_progress', startedAt: task.startedAt ?? ctx.at },
    { kind: 'started', dependencies: dependencies.map((d) => d.taskId), note: noteOf(r) },
  );
}

function complete(task: Task, r: UpdateRequest, ctx: TransitionContext): Transition {
  return applied(
    { ...task, status: 'completed', completedAt: ctx.at, actualResult: r.result ?? task.actualResult },
    { kind: 'completed', result: r.resultText, note: blockersOf(r) },
  );
}

function block(task: Task, r: UpdateRequest, ctx: TransitionContext): Transition {
  const blocker = blockersOf(r);
  if (blocker === null) return rejected({ code: 'blocker_required' });
  return applied(
    { ...task, status: 'blocked', blockedSince: ctx.at, blocker },
    { kind: 'blocked', blocker, note: r.resultText },
  );
}

function unblock(task: Task, r: UpdateRequest): Transition {
  return applied(
    { ...task, status: 'in_progress', blockedSince: null, blocker: null },
    { kind: 'unblocked', previousBlocker: task.blocker, note: noteOf(r) },
  );
}

function decide(task: Task, r: UpdateRequest, ctx: TransitionContext): Transition {
  const from = task.status;
  const to = r.to;
  if (to === 'cancelled' && from !== 'cancelled') return cancel(task, r);
  if (to === from) return progressNote(task, r);
  if (to === 'retry' || to === 'failed') {
    return from === 'in_progress'
      ? failedAttempt(task, r, ctx)
      : rejected({ code: 'illegal_transition', from, to });
  }
  if (from === 'pending' && to === 'in_progress') return start(task, r, ctx);
  if (from === 'in_progress' && to === 'completed') return complete(task, r, ctx);
  if (from === 'in_progress' && to === 'blocked') return block(task, r, ctx);
  if (from === 'blocked' && to === 'in_progress') return unblock(task, r);
  return rejected({ code: 'illegal_transition', from, to });
}

/**
 * What one update does to one task (product.md §3 "Task transitions", docs/rules.md "Task updates"):
 * the task after it and the reason for the Task Log, or why it is rejected. Hours are added to
 * Actual Hours only when the update applies. The task given is never changed.
 *
 * @example
 * transition(inProgressTask, { to: 'retry', result: null, resultText: null, blockers: [], hours: 2 }, { at, retryLimit: 3, statusOf })
 * // { ok: true, task: { …, status: 'in_progress', attempts: 1, actualHours: +2 }, reason: { kind: 'attempt_failed', attempt: 1, limit: 3, note: null } }
 */
export function transition(task: Task, request: UpdateRequest, ctx: TransitionContext): Transition {
  const result = decide(task, request, ctx);
  if (!result.ok || request.hours === null) return result;
  const actualHours = sumExact([result.task.actualHours ?? 0, request.hours]).toNumber();
  return applied({ ...result.task, actualHours }, result.reason);
}
