import { parseIsoInstant } from '../../engine/time/iso';
import { DATE_TIME_FORMAT, serialAt } from './excel-time';
import type { CellSpec } from './sheet-layout';
import { moneyFormat, percentPointsFormat } from './number-formats';

/** Cells the summary sheets share: money, percentages and ISO timestamps shown as Excel dates. */

export function money(amount: number | null, currency: string): CellSpec {
  return amount === null ? null : { value: amount, numberFormat: moneyFormat(currency) };
}

/**
 * A percentage held as points (42.5 → 42.5%), shown with the decimals it carries (75.0001 →
 * 75.0001%); text (DATA PENDING …) stays text.
 */
export function percent(value: number | string | null): CellSpec {
  return typeof value === 'number' ? { value, numberFormat: percentPointsFormat(value) } : value;
}

/** An ISO 8601 timestamp as a date-time serial in the workbook's zone; unparseable text as is. */
export function timestamp(iso: string | null, timeZone: string): CellSpec {
  if (iso === null) return null;
  const instant = parseIsoInstant(iso);
  return instant === null ? iso : { value: serialAt(instant, timeZone), numberFormat: DATE_TIME_FORMAT };
}
