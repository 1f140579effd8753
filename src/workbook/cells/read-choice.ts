import { normalizeName } from '../names/normalize-name';
import { accept, cellReader, refuse, tooLong, type CellReader } from './cell-read';
import { cellText } from './read-text';

function choiceIndex<T extends string>(allowed: readonly T[]): ReadonlyMap<string, T> {
  return new Map(allowed.map((choice) => [normalizeName(choice), choice]));
}

/**
 * One of a fixed list (statuses, KPI types), matched like names: `In Progress`, `in-progress` and
 * `IN_PROGRESS` are all `in_progress`. Anything else is `invalid_choice`, listing the choices.
 *
 * @example readChoice(TASK_STATUSES)('In Progress', context) // { ok: true, value: 'in_progress' }
 */
export function readChoice<T extends string>(allowed: readonly T[]): CellReader<T> {
  const index = choiceIndex(allowed);
  return cellReader((cell, context) => {
    const text = cellText(cell);
    const choice = index.get(normalizeName(text));
    return choice === undefined
      ? refuse({ code: 'invalid_choice', column: context.column, value: text, allowed })
      : accept(choice);
  });
}

/**
 * A choice matched like `readChoice`, but an unknown value is kept as written instead of refused
 * (TaskUpdates New Status: the engine rejects that update and still applies the others).
 *
 * @example readChoiceOrText(UPDATE_STATUSES)('Retry', context) // { ok: true, value: 'retry' }
 * @example readChoiceOrText(UPDATE_STATUSES)('done', context) // { ok: true, value: 'done' }
 */
export function readChoiceOrText<T extends string>(allowed: readonly T[]): CellReader<string> {
  const index = choiceIndex(allowed);
  return cellReader((cell, context) => {
    const text = cellText(cell);
    return (
      (typeof cell === 'string' ? tooLong(cell, context) : null) ??
      accept(index.get(normalizeName(text)) ?? text)
    );
  });
}
