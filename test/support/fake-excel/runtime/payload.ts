/**
 * Approximate sizes of what Office sends for a batch. Office.js posts JSON: one entry per object
 * path (`{"Id":7,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":5,"ArgumentInfo":…}`)
 * and per action (`{"Id":9,"ActionType":4,"Name":"Values","ObjectPathId":7,"ArgumentInfo":…}`),
 * the arguments and written values inline. The overheads below are the byte length of those
 * envelopes with small ids; the values dominate any large request.
 */
export const PATH_OVERHEAD = 90;
export const ACTION_OVERHEAD = 70;
export const RESULT_OVERHEAD = 20;

const encoder = new TextEncoder();

/** UTF-8 length of a value's JSON, as Office serialises it (`undefined` counts as `null`). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value === undefined ? null : value);
  return encoder.encode(json ?? 'null').length;
}

export interface RequestShape {
  readonly paths: ReadonlySet<string>;
  readonly actions: ReadonlyArray<{ readonly name: string; readonly args: readonly unknown[] }>;
}

/**
 * Bytes of a request: each distinct object path, each action with its name and arguments.
 *
 * @example requestBytes({ paths: new Set(['workbook']), actions: [] }) // 90 + 8
 */
export function requestBytes(shape: RequestShape): number {
  let total = 0;
  for (const path of shape.paths) total += PATH_OVERHEAD + encoder.encode(path).length;
  for (const action of shape.actions) {
    total += ACTION_OVERHEAD + encoder.encode(action.name).length + jsonBytes(action.args);
  }
  return total;
}

/** Bytes of a response: one result per action that returns something. */
export function responseBytes(results: readonly unknown[]): number {
  return results.reduce<number>((sum, r) => sum + RESULT_OVERHEAD + jsonBytes(r), 0);
}
