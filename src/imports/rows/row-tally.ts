import type { ImportMetric } from '../../engine/issues/import-summary';

const EXAMPLES = 5;

/** Counts of what happened to the rows, with a few examples of each: constant memory. */
export class RowTally {
  rowsRead = 0;
  dataRows = 0;
  totals = 0;
  readonly totalExamples: Array<{ line: number; label: string }> = [];
  empty = 0;
  readonly emptyLines: number[] = [];
  tableEnd: number | null = null;
  rowsAfterEnd = 0;
  readonly missing = new Map<ImportMetric, number>();
  notConversions = 0;
  readonly notConversionExamples: string[] = [];
  /** Rows dated by the first day of their reporting range (no day column). */
  rangeRows = 0;
  /** Rows with a quoted cell over several lines (read as one cell; said in the summary). */
  multiline = 0;
  readonly multilineLines: number[] = [];
  channelMissing = false;

  emptyRow(line: number): void {
    this.empty++;
    if (this.emptyLines.length < EXAMPLES) this.emptyLines.push(line);
  }

  totalRow(line: number, label: string): void {
    this.totals++;
    if (this.totalExamples.length < EXAMPLES) this.totalExamples.push({ line, label });
  }

  /** A comment line after the data: GA4 writes further tables below it, which are not read. */
  endTable(line: number): void {
    this.tableEnd = line;
    this.empty++;
  }

  afterEnd(_line: number): void {
    this.rowsAfterEnd++;
    this.empty++;
  }

  missingValue(metric: ImportMetric): void {
    this.missing.set(metric, (this.missing.get(metric) ?? 0) + 1);
  }

  notConversion(indicator: string): void {
    this.notConversions++;
    if (this.notConversionExamples.length < 3 && !this.notConversionExamples.includes(indicator)) {
      this.notConversionExamples.push(indicator);
    }
  }

  rangeRow(): void {
    this.rangeRows++;
  }

  multilineRow(line: number): void {
    this.multiline++;
    if (this.multilineLines.length < EXAMPLES) this.multilineLines.push(line);
  }
}
