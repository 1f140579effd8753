import { IMPORT_METRICS, IMPORT_PLATFORM_NAMES, type ImportMetric } from '../../engine/issues/import-summary';
import { isCellError, type RawCell } from '../../workbook/host';
import type { ImportOptions } from '../import-types';
import { WHOLE_METRICS, type ExportField } from '../recognise/fields';
import { keyOf } from '../recognise/header-key';
import type { Recognition } from '../recognise/recognise-platform';
import { cellText, isMissing } from '../values/cell-text';
import { CurrencyEvidence } from '../values/currency-evidence';
import { DateOrderEvidence } from '../values/date-order';
import { readDate, type DateReading } from '../values/date-reading';
import { MAX_SIGNIFICANT_DIGITS, MICROS, scanFigure, significantDigits } from '../values/figure-scan';
import { NumberConventionEvidence } from '../values/number-convention';
import { IssueList } from './issue-list';
import { isNonConversionResult } from './result-indicator';
import { rowDate, type DateCell } from './row-date';
import { cellRef, readMetricCell } from './row-metrics';
import { METRIC_SLOT, RowSums, type RowDate, type RowSum } from './row-sums';
import { RowTally } from './row-tally';
import { totalRowLabel } from './total-row';

/** A `#` comment line (GA4). An Excel error in a pasted cell (`#NAME?`) is a value, not a comment. */
const isComment = (cell: RawCell | undefined): boolean =>
  typeof cell === 'string' && cell.trim().startsWith('#');

/** Meta's `Results` column counts whatever the campaign optimises for, conversions or not. */
const RESULTS_KEYS = new Set(['results', 'resultados', 'resultats', 'ergebnisse']);

/** Distinct date cells remembered: exports repeat a few hundred days; a cap keeps memory bounded. */
const DATE_CACHE_LIMIT = 10_000;

interface MetricColumn {
  readonly metric: ImportMetric;
  readonly slot: number;
  readonly index: number;
  readonly whole: boolean;
}

/**
 * Reads the data rows below a recognised header, one at a time, keeping only sums per channel, ad
 * campaign and day plus the evidence needed to decide dates, numbers and currency at the end
 * (`finishRows`). Once the cells have shown the export's number convention, each figure is read
 * once, in that convention; until then, both ways.
 */
export class ExportRows {
  readonly sums = new RowSums();
  readonly issues = new IssueList();
  readonly tally = new RowTally();
  readonly dates = new DateOrderEvidence();
  readonly numbers = new NumberConventionEvidence();
  readonly currency = new CurrencyEvidence();
  readonly metrics: readonly ImportMetric[];
  private readonly metricColumns: readonly MetricColumn[];
  private readonly col: Partial<Readonly<Record<ExportField, number>>>;
  private readonly resultsAreConversions: boolean;
  private readonly dateReadings = new Map<RawCell, DateReading>();
  private readonly channels = new Map<string, string>();
  private lastCurrency: string | null = null;

  /** `delimiter`: the file's, or `null` for a pasted range (its cells are already apart). */
  constructor(
    readonly recognition: Recognition,
    readonly options: ImportOptions,
    headerLine: number,
    private readonly delimiter: string | null = null,
  ) {
    this.col = recognition.columns;
    this.metrics = IMPORT_METRICS.filter((m) => this.col[m] !== undefined);
    this.metricColumns = this.metrics.map((metric) => ({
      metric,
      slot: METRIC_SLOT[metric],
      index: this.col[metric] ?? -1,
      whole: WHOLE_METRICS.has(metric),
    }));
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

  /**
   * One record below the header: data, a total, an empty row or a comment. `lastLine` is where a
   * record read from a file ends (later than `line` when a quoted cell holds line breaks).
   */
  row(cells: readonly RawCell[], line: number, lastLine = line): void {
    const t = this.tally;
    t.rowsRead++;
    if (t.tableEnd !== null) return t.afterEnd(line);
    if (cells.every((c) => isMissing(c))) return t.emptyRow(line);
    if (isComment(cells[0])) return t.dataRows > 0 ? t.endTable(line) : t.emptyRow(line);
    if (lastLine > line && !this.multiline(cells, line, lastLine)) return;
    if (this.metricColumns.every((m) => isMissing(cells[m.index]))) return t.emptyRow(line);
    const label = totalRowLabel(cells, this.col);
    if (label !== null) return t.totalRow(line, label);

    const date = this.readRowDate(cells, line);
    const channel = this.channelOf(cells);
    const cur = this.col.currency;
    if (cur !== undefined) {
      const code = cells[cur];
      if (code !== this.lastCurrency && !isMissing(code)) {
        this.currency.observe(cellText(code), () => this.ref(line, cur, cellText(code)));
        if (typeof code === 'string') this.lastCurrency = code;
      }
    }
    const sum =
      date === undefined || channel === null
        ? null
        : this.sums.at(channel, this.adCampaignOf(cells), date, line);
    if (!this.readFigures(cells, line, sum)) return;
    t.dataRows++;
  }

  /**
   * A record whose quoted cell ran over several lines: refused when that cell holds the delimiter (a
   * quote opened and closed lines later, swallowing the rows between), else read and said.
   */
  private multiline(cells: readonly RawCell[], line: number, lastLine: number): boolean {
    const d = this.delimiter;
    const swallowed =
      d !== null &&
      cells.some((c) => typeof c === 'string' && (c.includes('\n') || c.includes('\r')) && c.includes(d));
    if (swallowed) {
      this.issues.add({ code: 'swallowed_rows', line, lastLine });
      return false;
    }
    this.tally.multilineRow(line);
    return true;
  }

  /**
   * Reads the row's figures into its sum (none when the row has another problem: its figures are
   * still checked). `false` when a figure is wrong (an issue is added).
   */
  private readFigures(cells: readonly RawCell[], line: number, sum: RowSum | null): boolean {
    const known = this.numbers.known();
    const missing: ImportMetric[] = [];
    let ok = sum !== null;
    let notConversions = false;
    for (const m of this.metricColumns) {
      const cell = cells[m.index];
      if (typeof cell === 'string' && known !== null) {
        const micros = scanFigure(cell, known, m.whole);
        if (!Number.isNaN(micros)) {
          if (m.metric === 'conversions' && this.isNotConversion(cells)) notConversions = true;
          else sum?.addMicros(m.slot, micros);
          continue;
        }
      } else if (typeof cell === 'number' && cell >= 0 && (!m.whole || Number.isInteger(cell))) {
        const micros = Math.round(cell * MICROS);
        if (micros / MICROS === cell && Number.isSafeInteger(micros)) {
          if (m.metric === 'conversions' && this.isNotConversion(cells)) notConversions = true;
          else sum?.addMicros(m.slot, micros);
          continue;
        }
      }
      const r = readMetricCell(m.metric, cell);
      if (r.kind === 'missing') {
        missing.push(m.metric);
        continue;
      }
      const text = cellText(cell);
      if (r.kind !== 'value') {
        ok = false;
        this.issues.add({ code: r.kind, ...this.ref(line, m.index, text) });
        continue;
      }
      const { point, comma } = r.value;
      if (Math.max(significantDigits(point ?? ''), significantDigits(comma ?? '')) > MAX_SIGNIFICANT_DIGITS) {
        ok = false;
        this.issues.add({ code: 'too_many_digits', ...this.ref(line, m.index, text) });
        continue;
      }
      this.numbers.observe(point, comma, () => this.ref(line, m.index, text));
      if (m.metric === 'conversions' && this.isNotConversion(cells)) {
        notConversions = true;
        continue;
      }
      const decided = this.numbers.known();
      if (decided === null) sum?.addEitherWay(m.slot, r.value);
      else {
        const reading = decided === 'point' ? point : comma;
        // A cell that reads only the other way makes the export mixed: refused at the end.
        if (reading !== null) sum?.addText(m.slot, reading);
      }
    }
    if (!ok) return false;
    if (notConversions) this.tally.notConversion(cellText(cells[this.col.resultIndicator ?? -1]));
    for (const m of missing) this.tally.missingValue(m);
    return true;
  }

  /** Meta's Results of a row whose result indicator is reach, clicks, views…: not conversions. */
  private isNotConversion(cells: readonly RawCell[]): boolean {
    return (
      !this.resultsAreConversions && isNonConversionResult(cellText(cells[this.col.resultIndicator ?? -1]))
    );
  }

  private readDateCell(cell: RawCell | undefined): DateReading {
    const key = cell ?? null;
    let reading = this.dateReadings.get(key);
    if (reading === undefined) {
      reading = readDate(key);
      if (this.dateReadings.size >= DATE_CACHE_LIMIT) this.dateReadings.clear();
      this.dateReadings.set(key, reading);
    }
    return reading;
  }

  /**
   * The row's day (the most specific date: a day column over a reporting range), `null` for none,
   * `undefined` when a date cell is wrong (an issue is added).
   */
  private readRowDate(cells: readonly RawCell[], line: number): RowDate | undefined {
    const columns: Record<DateCell, number | undefined> = {
      day: this.col.date,
      start: this.col.dateStart,
      end: this.col.dateEnd,
    };
    const read = (which: DateCell): DateReading | null => {
      const i = columns[which];
      return i === undefined ? null : this.readDateCell(cells[i]);
    };
    const [day, start, end] = [read('day'), read('start'), read('end')];
    const refAt = (which: DateCell) => {
      const i = columns[which] ?? 0;
      return this.ref(line, i, cellText(cells[i]));
    };
    for (const [which, reading] of [
      ['day', day],
      ['start', start],
      ['end', end],
    ] as const) {
      if (reading?.kind === 'before_1900') {
        this.issues.add({ code: 'date_before_1900', ...refAt(which) });
        return undefined;
      }
    }
    const d = rowDate(day, start, end);
    if (d.kind === 'invalid') {
      this.issues.add({ code: 'invalid_date', ...refAt(d.which) });
      return undefined;
    }
    if (d.range) this.tally.rangeRow();
    if (d.date !== null && 'pair' in d.date) {
      const which: DateCell = day !== null && day.kind === 'pair' ? 'day' : 'start';
      if (!this.dates.observe(d.date.pair, refAt(which))) {
        this.issues.add({ code: 'invalid_date', ...refAt(which) });
        return undefined;
      }
    }
    return d.date;
  }

  /**
   * The platform's own campaign: its name; its ID when the export has no name column (as text: a
   * long ID Excel turned into a number has lost digits). `null` without either, or when an Excel
   * error stands in its place (a pasted name Excel took for a formula).
   */
  private adCampaignOf(cells: readonly RawCell[]): string | null {
    const name = this.col.campaign;
    const i = name ?? this.col.campaignId;
    if (i === undefined) return null;
    const cell = cells[i] ?? null;
    if (isMissing(cell) || isCellError(cell)) return null;
    if (name === undefined && typeof cell === 'number' && !Number.isSafeInteger(cell)) return null;
    return cellText(cell);
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
    if (type === null) return IMPORT_PLATFORM_NAMES[platform];
    let channel = this.channels.get(type);
    if (channel === undefined) {
      channel = `${IMPORT_PLATFORM_NAMES[platform]} – ${type}`;
      this.channels.set(type, channel);
    }
    return channel;
  }
}
