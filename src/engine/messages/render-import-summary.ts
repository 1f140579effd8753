import type { ChannelDay, ImportNote, ImportSummary } from '../issues/import-summary';
import { IMPORT_PLATFORM_NAMES } from '../issues/import-summary';
import { FIELD_LABELS } from '../model/labels';
import { CLI_IMPORT_WORDING, type ImportWording } from './import-wording';
import { list, quote } from './quote';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const day = (d: ChannelDay): string =>
  `${quote(d.channel)}${d.adCampaign === null ? '' : ` ${quote(d.adCampaign)}`} ${d.date === null ? '(no date)' : d.date}`;

/** `line 12`, `lines 12 and 14` */
const numbered = (word: string, ns: readonly number[]): string =>
  `${ns.length === 1 ? word : `${word}s`} ${list(ns.map(String))}`;

type Renderers = {
  [C in ImportNote['code']]: (n: Extract<ImportNote, { code: C }>, w: ImportWording) => string;
};

const RENDER: Renderers = {
  preamble: (n) => `${plural(n.lines, 'line')} above the header (title, date range, report details) skipped`,
  total_rows: (n) =>
    `${plural(n.count, 'total row')} dropped, never counted twice: ${list(n.examples.map((e) => `${quote(e.label)} (line ${e.line})`))}`,
  empty_rows: (n) =>
    `${plural(n.count, 'row')} without figures dropped (blank lines, footers, comments${n.lines.length > 0 ? `; ${numbered('line', n.lines)}${n.count > n.lines.length ? ', …' : ''}` : ''})`,
  table_ended: (n) =>
    `the table ends at the comment on line ${n.line}; ${plural(n.rows, 'line')} below it not read`,
  aggregated: (n) =>
    `${plural(n.sourceRows, 'export row')} summed into ${plural(n.rows, 'row')}, one per channel, ad campaign and day`,
  missing_values: (n) =>
    `${FIELD_LABELS.channelMetrics[n.metric]} was empty or "--" in ${plural(n.count, 'row')}: missing, not zero`,
  absent_column: (n) =>
    `the export has no ${FIELD_LABELS.channelMetrics[n.metric]} column: left blank, not zero; tracking counts only the figures reported`,
  blank_required: (n) =>
    `${FIELD_LABELS.channelMetrics[n.metric]} is blank in ${plural(n.rows, 'imported row')} (the export had no figure): missing, not zero; tracking counts only the rows that report it`,
  not_conversions: (n) =>
    `Results of ${plural(n.count, 'row')} are not conversions (${list(n.examples.map(quote))}); their Conversions are left blank`,
  undated: () =>
    'the export is not broken down by day, so its rows have no date and replace earlier undated rows of the same channel and ad campaign; export by day to keep history',
  range_dated: (n) =>
    `${plural(n.rows, 'row')} covering a reporting range rather than a day, dated by the range's first day; export by day to keep daily figures`,
  multiline_cells: (n) =>
    `${plural(n.count, 'row')} with a quoted cell over several lines, each read as one cell (${numbered('line', n.lines)}${n.count > n.lines.length ? ', …' : ''}); check them`,
  currency_assumed: (n) => `the export does not say its currency; taken to be the campaign’s (${n.currency})`,
  replaced: (n) =>
    `${plural(n.count, 'row')} already in ChannelMetrics replaced: ${list(n.examples.map((e) => `${day(e)} (${numbered('row', e.rows)})`))}${n.count > n.examples.length ? ', …' : ''}`,
  skipped: (n, w) =>
    `${plural(n.count, 'row')} already in ChannelMetrics skipped (${w.skipMode}): ${list(n.examples.map(day))}${n.count > n.examples.length ? ', …' : ''}`,
  cleared: (n) =>
    `${plural(n.count, 'row')} of the same channel and day without this Ad Campaign split cleared, so nothing counts twice: ${list(n.examples.map((e) => `${day(e)} (row ${e.row})`))}${n.count > n.examples.length ? ', …' : ''}`,
};

/**
 * One reason, as a sentence fragment.
 *
 * @example renderImportNote({ code: 'preamble', lines: 2 }) // '2 lines above the header (title, date range, report details) skipped'
 */
export function renderImportNote(note: ImportNote, wording: ImportWording = CLI_IMPORT_WORDING): string {
  const render = RENDER[note.code] as (n: ImportNote, w: ImportWording) => string;
  return render(note, wording);
}

/**
 * The summary of an import, one line per fact: what the export is, what happened to its rows, why.
 *
 * @example renderImportSummary(summary)[0] // 'Google Ads export (confidence 0.70), in USD'
 */
export function renderImportSummary(s: ImportSummary, wording: ImportWording = CLI_IMPORT_WORDING): string[] {
  const what =
    s.platform === 'generic'
      ? 'Export of an unrecognised platform'
      : `${IMPORT_PLATFORM_NAMES[s.platform]} export`;
  return [
    `${what} (confidence ${s.confidence.toFixed(2)}), in ${s.currency}`,
    `${plural(s.rowsRead, 'row')} read: ${s.added} added, ${s.replaced} replaced, ${s.skipped} skipped; dropped ${plural(s.dropped.totals, 'total row')} and ${plural(s.dropped.empty, 'empty row')}`,
    ...s.reasons.map((n) => `- ${renderImportNote(n, wording)}`),
  ];
}
