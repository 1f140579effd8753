import type { IssueCode } from '../../src/engine/issues/issue';
import type { Book } from './hostile-book';
import type { Planned } from './pipeline';

/**
 * The run stops before anything is planned, with this error at this address (`Sheet!A1`, or a table
 * name), and with each of `also` in the same run.
 */
export interface StopsWith {
  readonly code: IssueCode;
  readonly address: string;
  /** Text the error's line must show (an escaped look-alike: `\u0422`). */
  readonly shows?: string;
  readonly also?: ReadonlyArray<{ readonly code: IssueCode; readonly address: string }>;
}

export interface HostileCase {
  /** The class of bad input (docs/reliability.md lists them). */
  readonly kind: string;
  readonly name: string;
  readonly book: Book;
  readonly campaignIds?: readonly string[];
  /** Either the run stops with an addressed error, or it runs and the check says what became of the input. */
  readonly expect: StopsWith | ((run: Planned) => void);
}

/** The expectation of a case that stops (with `shows`: and its line shows this text). */
export const stops = (code: IssueCode, address: string, shows?: string): StopsWith =>
  shows === undefined ? { code, address } : { code, address, shows };

/** The lines of `lines` at the error's address (`Sheet!A1: …`) that show what it must. */
export const linesAt = (lines: readonly string[], expected: Omit<StopsWith, 'also'>): string[] =>
  lines.filter((l) => l.startsWith(`${expected.address}: `) && l.includes(expected.shows ?? ''));

/** A case that stops with several errors, all reported by the same run. */
export const stopsWithAll = (first: StopsWith, ...rest: readonly StopsWith[]): StopsWith => ({
  ...first,
  also: rest,
});

/** Every error a stopping case expects. */
export const expectedErrors = (expected: StopsWith): ReadonlyArray<Omit<StopsWith, 'also'>> => [
  {
    code: expected.code,
    address: expected.address,
    ...(expected.shows === undefined ? {} : { shows: expected.shows }),
  },
  ...(expected.also ?? []),
];

/** Outcomes of the TaskUpdates rows, by sheet row, as the plan writes them (column H). */
export function writtenOutcomes(run: Planned): Map<number, string> {
  const written = new Map<number, string>();
  for (const op of run.plan.ops) {
    if (op.kind !== 'updateCells' || op.sheet !== 'TaskUpdates') continue;
    for (const cell of op.cells)
      if (cell.column === 8 && typeof cell.value === 'string') written.set(cell.row, cell.value);
  }
  return written;
}
