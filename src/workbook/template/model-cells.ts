import type { Instant, LocalDate } from '../../engine/model/primitives';
import { endOfLocalDay, localDateOf, startOfLocalDay } from '../../engine/time/zoned';
import { dateSerial, serialAt } from '../plan/excel-time';
import type { PlanValue } from '../plan/write-plan';
import type { CellKind } from './template-columns';

function isDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function instantCell(instant: Instant, kind: 'start' | 'end' | 'dateTime', timeZone: string): number {
  if (kind === 'start') {
    const day = localDateOf(instant, timeZone);
    if (startOfLocalDay(day, timeZone) === instant) return dateSerial(day);
  }
  if (kind === 'end') {
    const day = localDateOf(instant - 1, timeZone);
    if (endOfLocalDay(day, timeZone) === instant) return dateSerial(day);
  }
  return serialAt(instant, timeZone);
}

/**
 * A model value as the cell that reads back as it: the inverse of the reader, so the template
 * holds exactly the sample's rows.
 *
 * @example cellOf(Date.UTC(2026, 10, 25), 'end', 'UTC') // 46350 (End Date 2026-11-24: the day runs through)
 * @example cellOf(['T01', 'T02'], 'list', 'UTC') // 'T01, T02'
 */
export function cellOf(value: unknown, kind: CellKind, timeZone: string): PlanValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'list':
      return Array.isArray(value) && value.length > 0 ? value.join(', ') : null;
    case 'blockers':
      return Array.isArray(value) && value.length > 0 ? value.join('; ') : null;
    case 'date':
      return isDate(value) ? dateSerial(value) : null;
    case 'start':
    case 'end':
    case 'dateTime':
      return typeof value === 'number' ? instantCell(value, kind, timeZone) : null;
    case 'value':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : null;
  }
}
