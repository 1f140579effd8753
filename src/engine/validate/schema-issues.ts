import type { z } from 'zod';
import { error, type Issue, type IssuePath } from '../issues/issue';
import { fieldLabel, TABLE_LABELS } from '../model/labels';
import { SETTINGS_KEYS } from '../model/settings';
import { valueKind } from './value-kinds';

type ZodIssue = z.core.$ZodIssue;

const TABLE_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(TABLE_LABELS));
const SETTING_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(SETTINGS_KEYS));
const MAX_SHOWN = 200;

/** A received value as text for a message (`quote` shortens long text when it is shown). */
function shown(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input === null || input === undefined) return '';
  if (typeof input === 'object') {
    try {
      return (JSON.stringify(input) ?? '').slice(0, MAX_SHOWN);
    } catch {
      return Object.prototype.toString.call(input);
    }
  }
  return String(input);
}

function tableLabel(table: string | number | undefined): string {
  return TABLE_NAMES.get(String(table)) ?? String(table ?? '');
}

/** Settings paths name the key as the user writes it: `['settings', 'Retry Limit']`. */
function issuePath(zodPath: readonly PropertyKey[]): IssuePath {
  const path = zodPath.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (path[0] === 'settings' && typeof path[1] === 'string') {
    return ['settings', SETTING_NAMES.get(path[1]) ?? path[1], ...path.slice(2)];
  }
  return path;
}

function fieldIssue(zodIssue: ZodIssue, table: string, field: string, path: IssuePath): Issue {
  const column = table === 'settings' ? (SETTING_NAMES.get(field) ?? field) : fieldLabel(table, field);
  const input = zodIssue.input;
  if (zodIssue.code === 'invalid_value') {
    return error(path, {
      code: 'invalid_choice',
      column,
      value: shown(input),
      allowed: zodIssue.values.map(String),
    });
  }
  if (zodIssue.code === 'too_small' && typeof input === 'number' && input < 0) {
    return error(path, { code: 'negative_value', column, value: input });
  }
  const isCell = path.length === (table === 'settings' ? 2 : 3);
  const blank = input === '' || ((input === null || input === undefined) && zodIssue.code === 'invalid_type');
  if (blank && isCell) return error(path, { code: 'required_value', column });
  return error(path, {
    code: 'invalid_value',
    column,
    value: shown(input),
    expected: valueKind(table, field),
  });
}

function toIssue(zodIssue: ZodIssue): Issue[] {
  const path = issuePath(zodIssue.path);
  const [table, second, third] = zodIssue.path;
  if (path.length === 0) {
    return [...TABLE_NAMES].map(([key, label]) => error([key], { code: 'missing_table', table: label }));
  }
  if (typeof table !== 'string') return [];
  if (path.length === 1) return [error(path, { code: 'missing_table', table: tableLabel(table) })];
  if (table === 'settings' && typeof second === 'string') return [fieldIssue(zodIssue, table, second, path)];
  if (typeof third === 'string') return [fieldIssue(zodIssue, table, third, path)];
  return [
    error(path, {
      code: 'invalid_value',
      column: `${tableLabel(table)} row`,
      value: shown(zodIssue.input),
      expected: 'text',
    }),
  ];
}

/**
 * Zod's findings about the input's shape, as our issues with zod's path: an unknown choice is
 * `invalid_choice`, a negative number `negative_value`, a blank required cell `required_value`, any
 * other wrong value `invalid_value` with the kind the field holds. Parse with `reportInput: true` so
 * each finding carries the value it received.
 *
 * @example
 * schemaIssues(trackingInputSchema.safeParse(raw, { reportInput: true }).error?.issues ?? [])
 * // [{ code: 'invalid_choice', path: ['tasks', 5, 'status'], column: 'Status', value: 'done', … }]
 */
export function schemaIssues(zodIssues: readonly ZodIssue[]): Issue[] {
  return zodIssues.flatMap(toIssue);
}
