import { TABLE_LABELS } from '../../engine/model/labels';
import type { TrackingInput } from '../../engine/model/tracking-input';
import { LOG_TABLES, type LogTableKey } from '../source-map';
import { normalizeName } from './normalize-name';

/** A table the reader looks for: a model table (`tasks`) or a log table (`taskLog`). */
export type SourceKey = keyof TrackingInput | LogTableKey;

export interface SourceSpec {
  readonly key: SourceKey;
  /** The name a marketer sees in messages. */
  readonly label: string;
  /** A run stops with `missing_table` when no table or sheet has this name. */
  readonly required: boolean;
  /** Whether the host must also read number formats (`0.035` shown as `3.5%` is a percentage; a budget shown with `€` is in euros). */
  readonly withNumberFormats: boolean;
  /** Table and sheet names that match (compared with `normalizeName`). */
  readonly names: readonly string[];
}

const input = (key: keyof TrackingInput, required: boolean, withNumberFormats = false): SourceSpec => ({
  key,
  label: TABLE_LABELS[key],
  required,
  withNumberFormats,
  names: [TABLE_LABELS[key]],
});

const log = (key: LogTableKey): SourceSpec => ({
  key,
  label: LOG_TABLES[key].sheet,
  required: false,
  withNumberFormats: false,
  names: [LOG_TABLES[key].table, LOG_TABLES[key].sheet],
});

/** Every source, in the order it is read and its issues are listed. */
export const SOURCES: readonly SourceSpec[] = Object.freeze([
  input('campaigns', true, true),
  input('tasks', true),
  input('kpis', true, true),
  input('channelMetrics', true),
  input('taskUpdates', false),
  input('settings', false, true),
  log('taskLog'),
  log('campaignHistory'),
  log('learnings'),
]);

const byName = new Map<string, SourceSpec>();
for (const spec of SOURCES) for (const name of spec.names) byName.set(normalizeName(name), spec);
const byKey = new Map<string, SourceSpec>(SOURCES.map((s) => [s.key, s]));

/**
 * The source a table or sheet name stands for, matched tolerantly.
 *
 * @example sourceOfName('task_updates')?.key // 'taskUpdates'
 * @example sourceOfName('Task Log')?.key // 'taskLog'
 */
export function sourceOfName(name: string): SourceSpec | undefined {
  return byName.get(normalizeName(name));
}

/**
 * The spec of a source key, or `undefined` for anything else.
 *
 * @example sourceOfKey('taskLog')?.label // 'Task Log'
 */
export function sourceOfKey(key: string | number | undefined): SourceSpec | undefined {
  return typeof key === 'string' ? byKey.get(key) : undefined;
}

/**
 * Position of a source in `SOURCES` (unknown keys last), for ordering issues.
 *
 * @example sourceRank('campaigns') // 0
 */
export function sourceRank(key: string | number | undefined): number {
  const spec = sourceOfKey(key);
  return spec === undefined ? SOURCES.length : SOURCES.indexOf(spec);
}
