import { IMPORT_METRICS, IMPORT_PLATFORM_NAMES, type ImportMetric } from '../../engine/issues/import-summary';
import type { RawCell } from '../../workbook/host';
import type { ImportOptions } from '../import-types';
import type { ExportField } from '../recognise/fields';
import { keyOf } from '../recognise/header-key';
import type { Recognition } from '../recognise/recognise-platform';
import { cellText, isMissing } from '../values/cell-text';
import { CurrencyEvidence } from '../values/currency-evidence';
import { DateOrderEvidence } from '../values/date-order';
import { readDate } from '../values/date-reading';
import { NumberConventionEvidence } from '../values/number-convention';
import { ChannelDaySums, type MetricValue, type RowDate } from './channel-day-sums';
import { IssueList } from './issue-list';
import { rowDate } from './row-date';
import { cellRef, readMetricCell } from './row-metrics';
import { isNonConversionResult } from './result-indicator';
import { RowTally } from './row-tally';
import { totalRowLabel } from './total-row';

/** A `#` comment line (GA4). An Excel error in a pasted cell (`#NAME?`) is a value, not a comment. */
const isComment = (cell: RawCell | undefined): boolean =>
  typeof cell === 'string' && cell.trim().startsWith('#');

/** Meta's `Results` column counts whatever the campaign optimises for, conversions or not. */
const RESULTS_KEYS = new Set(['results', 'resultados', 'resultats', 'ergebnisse']);

/**
 * Reads the data rows below a recognised header, one at a time, keeping only sums per channel and
 * day plus the evidence needed to decide dates, numbers and currency at the end (`finishRows`).
 */
export class ExportRows {
  readonly sums = new ChannelDaySums();
  readonly issues = new IssueList();
  readonly tally = new RowTally();
  readonly dates = new DateOrderEvidence();
  readonly numbers = new NumberConventionEvidence();
  readonly currency = new CurrencyEvidence();
  readonly metrics: readonly ImportMetric[];
  private readonly col: Partial<Readonly<Record<ExportField, number>>>;
  private readonly resultsAreConversions: boolean;

  constructor(
    readonly recognition: Recognition,
    readonly options: ImportOptions,
    headerLine: number,
  ) {
    this.col = recognition.columns;
    this.metrics = IMPORT_METRICS.filter((m) => this.col[m] !== undefined);
    const conv = this.col.conversions;
    this.resultsAreConversions =
      conv === undefined ||
      this.col.resultIndicator === undefined ||
      !RESULTS_KEYS.has(keyOf(recognition.headers[conv] ?? ''));
    for (const { index, currency } of recognition.headerCurrencies) {
      this.currency.observe(currency, () => this.ref(headerLine, index, currency));
    }
  }

  private header(i: number): string {
    return this.recognition.headers[i] ?? `column ${i + 1}`;
  }

  private ref(line: number, i: number, value: string) {
    return cellRef(line, i, this.header(i), value);
  }

  /** One row below the header: data, a total, an empty row or a comment. */
  row(cells: readonly RawCell[], line: number): void {
    const t = this.tally;
    t.rowsRead++;
    if (t.tableEnd !== null) return t.afterEnd(line);
    if (cells.every((c) => isMissing(c))) return t.emptyRow(line);
    if (isComment(cells[0])) return t.dataRows > 0 ? t.endTable(line) : t.emptyRow(line);
    if (this.metrics.every((m) => isMissing(cells[this.col[m] ?? -1]))) return t.emptyRow(line);
    const label = totalRowLabel(cells, this.col);
    if (label !== null) return t.totalRow(line, label);

    const values: Partial<Record<ImportMetric, MetricValue>> = {};
    const missing: ImportMetric[] = [];
    let bad = false;
    for (const m of this.metrics) {
      const i = this.col[m] ?? -1;
      const r = readMetricCell(m, cells[i]);
      if (r.kind === 'missing') missing.push(m);
      else if (r.kind === 'value') {
        values[m] = r.value;
        this.numbers.observe(r.value.point, r.value.comma, () => this.ref(line, i, cellText(cells[i])));
      } else {
        bad = true;
        this.issues.add({ code: r.kind, ...this.ref(line, i, cellText(cells[i])) });
      }
    }
    if (values.conversions !== undefined && !this.resultsAreConversions) {
      const indicator = cellText(cells[this.col.resultIndicator ?? -1]);
      if (isNonConversionResult(indicator)) {
        delete values.conversions;
        t.notConversion(indicator);
      }
    }
    const date = this.readRowDate(cells, line);
    const channel = this.channelOf(cells);
    const cur = this.col.currency;
    if (cur !== undefined && !isMissing(cells[cur])) {
      this.currency.observe(cellText(cells[cur]), () => this.ref(line, cur, cellText(cells[cur])));
    }
    if (bad || date === undefined || channel === null) return;
    for (const m of missing) t.missingValue(m);
    t.dataRows++;
    this.sums.add(channel, date, line, values);
  }

  /** The row's day, `null` for none, `undefined` when a date cell is wrong (an issue is added). */
  private readRowDate(cells: readonly RawCell[], line: number): RowDate | undefined {
    const start = this.col.date ?? this.col.dateStart;
    if (start === undefined) return null;
    const end = this.col.dateEnd;
    const d = rowDate(readDate(cells[start]), end === undefined ? null : readDate(cells[end]));
    if (d.kind === 'invalid') {
      const i = d.which === 'start' ? start : (end ?? start);
      this.issues.add({ code: 'invalid_date', ...this.ref(line, i, cellText(cells[i])) });
      return undefined;
    }
    if (d.kind === 'range') {
      this.tally.rangeRow();
      return null;
    }
    if (d.date !== null && 'pair' in d.date) {
      if (!this.dates.observe(d.date.pair, this.ref(line, start, cellText(cells[start])))) {
        this.issues.add({ code: 'invalid_date', ...this.ref(line, start, cellText(cells[start])) });
        return undefined;
      }
    }
    return d.date;
  }

  private channelOf(cells: readonly RawCell[]): string | null {
    const given = this.options.channel?.trim();
    if (given !== undefined && given !== '') return given;
    const platform = this.recognition.platform;
    const typeCol = this.col.channelType;
    const type = typeCol === undefined || isMissing(cells[typeCol]) ? null : cellText(cells[typeCol]);
    if (platform === 'generic') {
      if (type === null) this.tally.channelMissing = true;
      return type;
    }
    const name = IMPORT_PLATFORM_NAMES[platform];
    return type === null ? name : `${name} – ${type}`;
  }
}
