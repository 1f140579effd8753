import type { ImportCellRef, ImportIssue } from '../../engine/issues/import-issue';

/** `point`: 1,234.56 (English); `comma`: 1.234,56 or 1 234,56 (most of Europe, Brazil). */
export type NumberConvention = 'point' | 'comma';

/**
 * Collects, over every number of an export, the first cell that only reads one way and the first
 * that only reads the other way. Constant memory.
 */
export class NumberConventionEvidence {
  private pointOnly: ImportCellRef | null = null;
  private commaOnly: ImportCellRef | null = null;

  observe(point: string | null, comma: string | null, ref: () => ImportCellRef): void {
    if (point !== null && comma === null) this.pointOnly ??= ref();
    if (comma !== null && point === null) this.commaOnly ??= ref();
  }

  /**
   * The convention the cells have shown so far, while they show only one; `null` before any proof
   * (or once both are proven, which the export is refused for).
   *
   * @example evidence.known() // 'point' once a cell read `12.50`
   */
  known(): NumberConvention | null {
    if (this.pointOnly !== null) return this.commaOnly === null ? 'point' : null;
    return this.commaOnly === null ? null : 'comma';
  }

  /**
   * What the cells prove, else `hint` (the headers' locale, or a `;` delimiter, say decimal comma).
   * Cells proving both ways are refused: the export mixes formats.
   *
   * @example new NumberConventionEvidence().decide('point') // { convention: 'point' }
   */
  decide(hint: NumberConvention): { convention: NumberConvention } | { issue: ImportIssue } {
    if (this.pointOnly !== null && this.commaOnly !== null) {
      return {
        issue: { code: 'mixed_number_formats', decimalPoint: this.pointOnly, decimalComma: this.commaOnly },
      };
    }
    if (this.pointOnly !== null) return { convention: 'point' };
    if (this.commaOnly !== null) return { convention: 'comma' };
    return { convention: hint };
  }
}
