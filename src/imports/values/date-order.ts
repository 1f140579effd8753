import type { DateOrder, ImportCellRef, ImportIssue } from '../../engine/issues/import-issue';
import type { LocalDate } from '../../engine/model/primitives';
import { calendarDate } from './date-reading';

export interface DatePair {
  readonly first: number;
  readonly second: number;
  readonly year: number;
}

/**
 * The date a pair is in a given order, or `null` when that is no calendar date.
 *
 * @example pairDate({ first: 25, second: 3, year: 2025 }, 'DMY') // '2025-03-25'
 */
export function pairDate(p: DatePair, order: DateOrder): LocalDate | null {
  return order === 'DMY' ? calendarDate(p.year, p.second, p.first) : calendarDate(p.year, p.first, p.second);
}

/**
 * What one pair says about the column's order: `DMY` (`25/03/2025`), `MDY` (`03/25/2025`),
 * `either` (`03/04/2025`), `same` (`04/04/2025`, either way the same day) or `neither` (not a date).
 *
 * @example pairEvidence({ first: 25, second: 3, year: 2025 }) // 'DMY'
 */
export function pairEvidence(p: DatePair): 'DMY' | 'MDY' | 'either' | 'same' | 'neither' {
  const dmy = pairDate(p, 'DMY');
  const mdy = pairDate(p, 'MDY');
  if (dmy !== null && mdy !== null) return dmy === mdy ? 'same' : 'either';
  return dmy !== null ? 'DMY' : mdy !== null ? 'MDY' : 'neither';
}

const MAX_EXAMPLES = 3;

/**
 * Collects, over a whole date column, the little needed to decide its order: the first day-first
 * proof, the first month-first proof and a few undecidable examples. Memory stays constant however
 * long the column.
 */
export class DateOrderEvidence {
  private dayFirst: ImportCellRef | null = null;
  private monthFirst: ImportCellRef | null = null;
  private readonly undecided: string[] = [];
  private column = '';

  /** Records one pair; returns `false` when it is no date in either order. */
  observe(pair: DatePair, ref: ImportCellRef): boolean {
    const e = pairEvidence(pair);
    this.column = ref.column;
    if (e === 'neither') return false;
    if (e === 'DMY') this.dayFirst ??= ref;
    if (e === 'MDY') this.monthFirst ??= ref;
    if (e === 'either' && this.undecided.length < MAX_EXAMPLES && !this.undecided.includes(ref.value)) {
      this.undecided.push(ref.value);
    }
    return true;
  }

  /**
   * The column's order: the user's `--date-format` when given (refused if a value contradicts
   * it), else what the values prove; `null` when no pair needs deciding.
   */
  decide(dateFormat: DateOrder | undefined): { order: DateOrder | null } | { issue: ImportIssue } {
    if (dateFormat !== undefined) {
      const contradiction = dateFormat === 'DMY' ? this.monthFirst : this.dayFirst;
      return contradiction === null
        ? { order: dateFormat }
        : { issue: { code: 'date_format_contradicted', dateFormat, ...contradiction } };
    }
    if (this.dayFirst !== null && this.monthFirst !== null) {
      return { issue: { code: 'inconsistent_dates', dayFirst: this.dayFirst, monthFirst: this.monthFirst } };
    }
    if (this.dayFirst !== null) return { order: 'DMY' };
    if (this.monthFirst !== null) return { order: 'MDY' };
    if (this.undecided.length > 0) {
      return { issue: { code: 'ambiguous_dates', column: this.column, examples: [...this.undecided] } };
    }
    return { order: null };
  }
}
