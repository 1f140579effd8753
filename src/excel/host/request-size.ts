/** Excel on the web refuses a request (or a response) over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one sync may carry by our estimate: a fifth below the limit, because the estimate counts
 * Office's JSON envelopes generously but not byte for byte.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Largest single write step: small enough that steps pack tightly into a budget. */
export const STEP_MAX_BYTES = 512 * 1024;

/**
 * Bytes counted for each object path and each action of a request, before its arguments. Office
 * posts `{"Id":12,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":11,"ArgumentInfo":…}`
 * per path and per action: about 100 bytes with small ids; 256 leaves room for long names.
 */
export const ENVELOPE_BYTES = 256;

const encoder = new TextEncoder();

/**
 * UTF-8 bytes of a value's JSON, as Office sends arguments and written values.
 *
 * @example jsonBytes([["'=1+1", 2]]) // 13
 */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value ?? null)).length;
}

/**
 * The estimated request bytes of a step: its object paths and actions, and the JSON of its arguments.
 *
 * @example requestCost({ paths: 3, actions: 1, payload: [[1, 2]] }) // 4 * 256 + 7
 */
export function requestCost(parts: {
  readonly paths: number;
  readonly actions: number;
  readonly payload?: unknown;
}): number {
  return (
    (parts.paths + parts.actions) * ENVELOPE_BYTES +
    (parts.payload === undefined ? 0 : jsonBytes(parts.payload))
  );
}

/**
 * Packs items, in order, into groups of at most `budget` bytes; an item bigger than the budget goes
 * alone.
 *
 * @example packInOrder([{ bytes: 3 }, { bytes: 3 }, { bytes: 3 }], 6).length // 2
 */
export function packInOrder<T extends { readonly bytes: number }>(
  items: readonly T[],
  budget: number,
): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    if (current.length > 0 && used + item.bytes > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += item.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
