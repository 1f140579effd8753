import type { Issue, IssueDetail, IssuePath, SourceCandidate, ValueKind } from '../issues/issue';
import { escaped, list, quote, quoteId } from './quote';

const KIND: Record<ValueKind, string> = {
  text: 'text',
  number: 'a number',
  integer: 'a whole number',
  money: 'an amount of money',
  date: 'a date',
  date_time: 'a date or date-time',
  boolean: 'TRUE or FALSE (also yes/no, 1/0)',
  percent: 'a percentage',
  currency_code: 'a three-letter ISO 4217 currency code such as USD',
  time_zone: 'an IANA time zone such as Europe/Paris',
  number_style: '1,234.56 or 1.234,56 (typed as text, or the words decimal point or decimal comma)',
};

const STYLE_WORDS = { '1,234.56': 'a decimal point', '1.234,56': 'a decimal comma' } as const;

/** `EUR`, `JPY or CNY`, or for a sign several currencies share, its name (`pounds`, `dollars or pesos`). */
function currencyWords(currencies: readonly string[]): string {
  if (currencies.length <= 2) return currencies.join(' or ');
  if (currencies.includes('GBP')) return 'pounds';
  if (currencies.includes('SEK')) return 'kronor or kroner';
  return 'dollars or pesos';
}

function ambiguousNumber(d: Extract<IssueDetail, { code: 'ambiguous_number' }>): string {
  const [first, second] = d.readings;
  const head = `${d.column} ${quote(d.value)}`;
  if (first === undefined) return `${head} is not a number`;
  if (second !== undefined)
    return `${head} is ${first.value} with ${STYLE_WORDS[first.style]} but ${second.value} with ${STYLE_WORDS[second.style]}: enter it without a thousands separator (${first.value} or ${second.value}), or set Settings Number Format to ${first.style} or ${second.style}`;
  if (d.style === null)
    return `${head} is written with ${STYLE_WORDS[first.style]} (${first.value}): enter ${first.value}, or set Settings Number Format to ${first.style}`;
  return `${head} is written with ${STYLE_WORDS[first.style]} (${first.value}), but Settings Number Format is ${d.style}: write it with ${STYLE_WORDS[d.style]}, or change Settings Number Format`;
}

function wrongCurrency(d: Extract<IssueDetail, { code: 'wrong_currency' }>): string {
  const words = currencyWords(d.currencies);
  const shown = words.toUpperCase() === d.mark.toUpperCase() ? words : `${words} (${d.mark})`;
  const what =
    d.format === null
      ? `${d.column} ${quote(d.value)} is in ${shown}`
      : `${d.column} ${d.value} is shown in ${shown} by its number format ${d.format}`;
  return `${what}, but campaign ${quote(d.campaignId)} is in ${d.currency}: enter the amount in ${d.currency}, or change the campaign's Currency`;
}

function confusableId(d: Extract<IssueDetail, { code: 'confusable_id' }>): string {
  const letters = d.letters.map((l) => {
    const which = `the ${l.script} ${l.char} (${escaped(l.char)})`;
    return l.looksLike === null
      ? `${which} among Latin letters`
      : `${which}, which looks like ${l.looksLike}`;
  });
  return `${d.column} ${quoteId(d.value)} has ${list(letters)}: type it again in Latin letters, so that IDs that look the same are the same`;
}

/** Turns a path into a place a person can find: hosts pass one that prints cell addresses. */
export type Locate = (path: IssuePath) => string;

/** Without a host: `row 3 of tasks`. */
export const locateByRow: Locate = (path) =>
  typeof path[1] === 'number' ? `row ${path[1] + 1} of ${String(path[0])}` : String(path[0] ?? '');

/** `Tables A (sheet X) and B (sheet Y)`, `Table A (sheet X) and sheet Y`, `Sheets X and Y`. */
function candidates(found: readonly SourceCandidate[]): string {
  const tables = found.filter((c) => c.kind === 'table').map((c) => `${c.name} (sheet ${c.sheetRef})`);
  const sheets = found.filter((c) => c.kind === 'sheet').map((c) => c.sheetRef);
  const named = (kind: string, items: readonly string[], first: boolean): string[] => {
    if (items.length === 0) return [];
    const word = items.length === 1 ? kind : `${kind}s`;
    return [`${first ? word.charAt(0).toUpperCase() + word.slice(1) : word} ${list(items)}`];
  };
  const parts = [...named('table', tables, true), ...named('sheet', sheets, tables.length === 0)];
  return parts.join(' and ');
}

type Renderers = {
  [C in IssueDetail['code']]: (d: Extract<IssueDetail, { code: C }>, locate: Locate) => string;
};

const RENDER: Renderers = {
  missing_table: (d) => `the workbook has no table or sheet named ${quote(d.table)}`,
  ambiguous_source: (d) =>
    `${candidates(d.candidates)} ${d.candidates.length === 2 ? 'both' : 'all'} match ${d.table}: rename ${
      d.candidates.length === 2 ? 'one' : 'all but one'
    }${
      d.candidates.filter((c) => c.kind === 'table').length === 1
        ? `, or name the table exactly ${d.table}`
        : ''
    }`,
  missing_column: (d) => `${d.table} has no column ${quote(d.column)} (required)`,
  duplicate_column: (d) => `${d.table} has two columns named ${quote(d.column)}`,
  empty_header: (d) => `${d.table} has no header row`,
  merged_cells: (d) =>
    `cells ${d.range} of ${d.table} are merged, so all but the first read as blank: unmerge them (Home › Merge & Center › Unmerge Cells) and fill in each cell`,
  required_value: (d) => `${d.column} is required`,
  invalid_value: (d) => `${d.column} ${quote(d.value)} is not ${KIND[d.expected]}`,
  cell_error: (d) => `${d.column} holds the Excel error ${d.value}`,
  invalid_choice: (d) => `${d.column} ${quote(d.value)} is not one of ${d.allowed.join(', ')}`,
  negative_value: (d) => `${d.column} ${d.value} must not be negative`,
  text_too_long: (d) => `${d.column} is ${d.length} characters long; at most ${d.max} are allowed`,
  ambiguous_date: (d) =>
    `${d.column} ${quote(d.value)} is not a year-month-day date: write it as ${d.candidates.join(' or ')}, or enter it as an Excel date`,
  ambiguous_number: ambiguousNumber,
  wrong_currency: wrongCurrency,
  too_small: (d) => `${d.column} ${d.value} must be ${d.inclusive ? 'at least' : 'greater than'} ${d.min}`,
  unknown_setting: (d) => `unknown setting ${quote(d.key)} (ignored)`,
  confusable_id: confusableId,
  duplicate_id: (d, locate) =>
    `${d.column} ${quoteId(d.value)} is used again (first at ${locate(d.firstPath)})`,
  unknown_reference: (d) => `${d.column} ${quoteId(d.value)} does not exist in ${d.table}`,
  dependency_cycle: (d) => `Depends On makes a cycle: ${[...d.cycle, d.cycle[0] ?? ''].join(' → ')}`,
  end_before_start: (d) => `End Date ${d.end} is not after Start Date ${d.start}`,
  spend_without_budget: (d) =>
    `Budget Allocated is 0 but ${d.spent} ${d.currency} has been spent; enter the campaign's budget`,
  invalid_target: (d) => `Target ${quote(d.value)} is not a number such as 500, 3.5%, $80, ≤ 80 or 2.4x`,
  primary_kpi_count: (d) =>
    d.count === 0
      ? `campaign ${quote(d.campaignId)} has no primary KPI; mark one KPI's Type as primary`
      : `campaign ${quote(d.campaignId)} has ${d.count} primary KPIs; exactly one is expected`,
  blocked_without_since: (d) =>
    `task ${quote(d.taskId)} is blocked but Blocked Since is empty, so how long it has been blocked is unknown`,
  rows_after_report_date: (d) =>
    `campaign ${quoteId(d.campaignId)} has ${d.rows === 1 ? '1 ChannelMetrics row' : `${d.rows} ChannelMetrics rows`} dated after the report date ${d.reportDate} (the first is here); they are left out of every figure`,
  unknown_campaign: (d) => `campaign ${quoteId(d.campaignId)} does not exist in Campaigns`,
  no_campaign_to_track: () =>
    'no campaign to track: set a campaign’s Status to active, or choose one explicitly (--campaign)',
};

/** The message of an issue, without its own address; `locate` words any other place it refers to. */
export function renderIssue(issue: Issue, locate: Locate = locateByRow): string {
  const render = RENDER[issue.code] as (d: IssueDetail, l: Locate) => string;
  return render(issue, locate);
}

export { list };
