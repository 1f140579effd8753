import { IMPORT_METRICS, type ImportNote } from '../../engine/issues/import-summary';
import type { LocalDate } from '../../engine/model/primitives';
import { Dec } from '../../engine/money/decimal';
import type { ExportReading, ImportedRow, ParsedExport } from '../import-types';
import type { ExportField } from '../recognise/fields';
import type { TextEncoding } from '../text/decode';
import { pairDate } from '../values/date-order';
import type { NumberConvention } from '../values/number-convention';
import type { ExportRows } from './export-rows';

/** Metrics ChannelMetrics requires: an export without one of them gets a note. */
const REQUIRED_METRICS = ['impressions', 'clicks', 'conversions', 'cost'] as const;

/** How the text was read, for the summary (files only) and the number-format hint. */
export interface TextLayout {
  readonly encoding: TextEncoding | null;
  readonly delimiter: string | null;
  readonly headerLine: number;
  /** Lines above the header (titles, date ranges, `Key: value` lines, `#` comments). */
  readonly preambleLines: number;
  readonly unclosedQuoteLine: number | null;
}

function notesOf(rows: ExportRows, layout: TextLayout, sums: number): ImportNote[] {
  const t = rows.tally;
  const notes: ImportNote[] = [];
  if (layout.preambleLines > 0) notes.push({ code: 'preamble', lines: layout.preambleLines });
  if (t.totals > 0) notes.push({ code: 'total_rows', count: t.totals, examples: t.totalExamples });
  if (t.empty > 0) notes.push({ code: 'empty_rows', count: t.empty, lines: t.emptyLines });
  if (t.tableEnd !== null) notes.push({ code: 'table_ended', line: t.tableEnd, rows: t.rowsAfterEnd });
  if (t.dataRows > sums) notes.push({ code: 'aggregated', sourceRows: t.dataRows, rows: sums });
  for (const m of IMPORT_METRICS) {
    const count = t.missing.get(m);
    if (count !== undefined) notes.push({ code: 'missing_values', metric: m, count });
  }
  if (t.notConversions > 0) {
    notes.push({ code: 'not_conversions', count: t.notConversions, examples: t.notConversionExamples });
  }
  const c = rows.recognition.columns;
  for (const m of REQUIRED_METRICS) if (c[m] === undefined) notes.push({ code: 'absent_column', metric: m });
  if (c.date === undefined && c.dateStart === undefined)
    notes.push({ code: 'undated', reason: 'no_date_column' });
  else if (t.rangeRows > 0) notes.push({ code: 'range_dated', rows: t.rangeRows });
  if (t.multiline > 0) notes.push({ code: 'multiline_cells', count: t.multiline, lines: t.multilineLines });
  return notes;
}

function readingOf(rows: ExportRows, layout: TextLayout, notes: ImportNote[]): ExportReading {
  const r = rows.recognition;
  const columns: Partial<Record<ExportField, string>> = {};
  for (const [field, i] of Object.entries(r.columns) as Array<[ExportField, number]>) {
    columns[field] = r.headers[i] ?? '';
  }
  return {
    platform: r.platform,
    confidence: r.confidence,
    columns,
    locale: r.locale,
    encoding: layout.encoding,
    delimiter: layout.delimiter,
    headerLine: layout.headerLine,
    absentMetrics: IMPORT_METRICS.filter((m) => r.columns[m] === undefined),
    rowsRead: rows.tally.rowsRead,
    dropped: { totals: rows.tally.totals, empty: rows.tally.empty },
    notes,
  };
}

/**
 * Decides what needed the whole export (number convention, date order, currency), then turns the
 * sums into ChannelMetrics rows, or returns every problem when anything is wrong: nothing half-read.
 *
 * @example finishRows(rows, { encoding: 'utf-8', delimiter: ',', headerLine: 1, preambleLines: 0, unclosedQuoteLine: null })
 * // { ok: true, rows: [...], currency: 'USD', reading: { platform: 'google_ads', … } }
 */
export function finishRows(rows: ExportRows, layout: TextLayout): ParsedExport {
  const { issues, options, recognition } = rows;
  if (layout.unclosedQuoteLine !== null)
    issues.add({ code: 'unterminated_quote', line: layout.unclosedQuoteLine });
  if (rows.tally.channelMissing) {
    const typeColumn = recognition.headers[recognition.columns.channelType ?? -1] ?? 'Channel';
    issues.add({ code: 'channel_required', column: typeColumn });
  }
  const hint: NumberConvention = recognition.locale !== 'en' || layout.delimiter === ';' ? 'comma' : 'point';
  const numbers = rows.numbers.decide(hint);
  if ('issue' in numbers) issues.add(numbers.issue);
  const dates = rows.dates.decide(options.dateFormat);
  if ('issue' in dates) issues.add(dates.issue);
  const currency = rows.currency.decide(options.currency, options.campaignCurrency, options.campaignId);
  if ('issue' in currency) issues.add(currency.issue);
  const notes = notesOf(rows, layout, rows.sums.size);
  if (!issues.empty || 'issue' in numbers || 'issue' in dates || 'issue' in currency) {
    return {
      ok: false,
      issues: issues.listed,
      moreIssues: issues.more,
      reading: readingOf(rows, layout, notes),
    };
  }
  if (currency.assumed) notes.push({ code: 'currency_assumed', currency: currency.currency });

  // Slash dates are decided only now: two sums may turn out to be the same day, and are merged.
  // Without slash dates every sum is its own row, and no key is needed.
  const merged = rows.sums.hasPairs ? new Map<string, ImportedRow>() : null;
  const imported: ImportedRow[] = [];
  for (const sum of rows.sums.entries()) {
    const date: LocalDate | null =
      sum.date === null
        ? null
        : 'date' in sum.date
          ? sum.date.date
          : pairDate(sum.date.pair, dates.order ?? 'DMY');
    const key = merged === null ? '' : `${sum.channel}\u0000${sum.adCampaign ?? ''}\u0000${date ?? ''}`;
    const before = merged?.get(key);
    const row: Record<string, unknown> = {
      campaignId: options.campaignId,
      channel: sum.channel,
      adCampaign: sum.adCampaign,
      date,
      source: 'measured',
      sourceRows: sum.sourceRows + (before?.sourceRows ?? 0),
      firstLine: Math.min(sum.firstLine, before?.firstLine ?? Infinity),
    };
    for (const m of IMPORT_METRICS) {
      const total = sum.total(m, numbers.convention);
      const earlier = before?.[m] ?? null;
      row[m] = earlier === null ? total : total === null ? earlier : new Dec(total).plus(earlier).toNumber();
    }
    if (merged === null) imported.push(row as ImportedRow);
    else merged.set(key, row as ImportedRow);
  }
  if (merged !== null) for (const row of merged.values()) imported.push(row);
  for (const m of REQUIRED_METRICS) {
    const blank = imported.filter((r) => r[m] === null).length;
    if (blank > 0 && recognition.columns[m] !== undefined)
      notes.push({ code: 'blank_required', metric: m, rows: blank });
  }
  return { ok: true, rows: imported, currency: currency.currency, reading: readingOf(rows, layout, notes) };
}
