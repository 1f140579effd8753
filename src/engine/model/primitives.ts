import { z } from 'zod';

/** Milliseconds since the Unix epoch (UTC). Every date-time in the model is an instant. */
export type Instant = number;
export const instantSchema = z.number().int().finite();

/** A calendar date with no time of day, `YYYY-MM-DD` (data dates, ETAs). */
export type LocalDate = string;
export const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A number as read from a cell: finite, never rounded on read. */
export const amountSchema = z.number().finite();
export const nonNegativeSchema = z.number().finite().nonnegative();

/** Text or a number, as a user writes a result or a target. */
export const textOrNumberSchema = z.union([z.string(), z.number().finite()]);

/** ISO 4217 currency code. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/);
