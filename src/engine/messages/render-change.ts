import type { ChangeReason } from '../tasks/change-reason';
import { list } from './quote';

/** A user's text in the log: whole up to this length, then cut with an ellipsis. */
const MAX_TEXT = 500;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

const withNote = (text: string, note: string | null): string =>
  note === null ? text : `${text} — ${clip(note)}`;

type Renderers = { [K in ChangeReason['kind']]: (r: Extract<ChangeReason, { kind: K }>) => string };

const RENDER: Renderers = {
  started: (r) =>
    withNote(
      r.dependencies.length === 0 ? 'started' : `dependencies met (${list(r.dependencies)} completed)`,
      r.note,
    ),
  completed: (r) => withNote(r.result === null ? 'completed' : `completed: ${clip(r.result)}`, r.note),
  blocked: (r) => withNote(`blocked: ${clip(r.blocker)}`, r.note),
  unblocked: (r) =>
    withNote(
      r.previousBlocker === null ? 'blocker resolved' : `blocker resolved: ${clip(r.previousBlocker)}`,
      r.note,
    ),
  attempt_failed: (r) =>
    withNote(
      r.attempt >= r.limit
        ? `attempt ${r.attempt} of ${r.limit} failed; retry limit reached, the task has failed`
        : `attempt ${r.attempt} of ${r.limit} failed`,
      r.note,
    ),
  cancelled: (r) => `cancelled: ${clip(r.reason)}`,
  progress_note: (r) => {
    const parts = ['progress note'];
    if (r.hours !== null) parts.push(`${r.hours} h logged`);
    if (r.blocker !== null) parts.push(`blocker now: ${clip(r.blocker)}`);
    if (r.result !== null) parts.push(`result corrected to ${clip(r.result)}`);
    return withNote(parts.join('; '), r.note);
  },
};

/**
 * The reason of a Task Log entry, in words for a person.
 *
 * @example renderChange({ kind: 'attempt_failed', attempt: 2, limit: 3, note: null }) // 'attempt 2 of 3 failed'
 * @example renderChange({ kind: 'started', dependencies: ['T1', 'T2'], note: null }) // 'dependencies met (T1 and T2 completed)'
 */
export function renderChange(reason: ChangeReason): string {
  const render = RENDER[reason.kind] as (r: ChangeReason) => string;
  return render(reason);
}
