import { z } from 'zod';
import type { LocalDate } from '../model/primitives';

/** The source's text for a figure with no data yet. */
export type DataPending = `DATA PENDING — ETA: ${string}`;

export const dataPendingSchema = z
  .string()
  .regex(/^DATA PENDING — ETA: \d{4}-\d{2}-\d{2}$/) as unknown as z.ZodType<DataPending>;

/**
 * @example dataPending('2026-11-25') // 'DATA PENDING — ETA: 2026-11-25'
 */
export function dataPending(eta: LocalDate): DataPending {
  return `DATA PENDING — ETA: ${eta}`;
}

export function isDataPending(value: unknown): value is DataPending {
  return typeof value === 'string' && value.startsWith('DATA PENDING — ETA: ');
}
