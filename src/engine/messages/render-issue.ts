import type { Issue, IssueDetail, IssuePath, SourceCandidate, ValueKind } from '../issues/issue';
import { list, quote } from './quote';

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
};

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
  required_value: (d) => `${d.column} is required`,
  invalid_value: (d) => `${d.column} ${quote(d.value)} is not ${KIND[d.expected]}`,
  cell_error: (d) => `${d.column} holds the Excel error ${d.value}`,
  invalid_choice: (d) => `${d.column} ${quote(d.value)} is not one of ${d.allowed.join(', ')}`,
  negative_value: (d) => `${d.column} ${d.value} must not be negative`,
  text_too_long: (d) => `${d.column} is ${d.length} characters long; at most ${d.max} are allowed`,
  ambiguous_date: (d) =>
    `${d.column} ${quote(d.value)} is not a year-month-day date: write it as ${d.candidates.join(' or ')}, or enter it as an Excel date`,
  too_small: (d) => `${d.column} ${d.value} must be ${d.inclusive ? 'at least' : 'greater than'} ${d.min}`,
  unknown_setting: (d) => `unknown setting ${quote(d.key)} (ignored)`,
  duplicate_id: (d, locate) =>
    `${d.column} ${quote(d.value)} is used again (first at ${locate(d.firstPath)})`,
  unknown_reference: (d) => `${d.column} ${quote(d.value)} does not exist in ${d.table}`,
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
  unknown_campaign: (d) => `campaign ${quote(d.campaignId)} does not exist in Campaigns`,
  no_campaign_to_track: () =>
    'no campaign to track: set a campaign’s Status to active, or choose one explicitly (--campaign)',
};

/** The message of an issue, without its own address; `locate` words any other place it refers to. */
export function renderIssue(issue: Issue, locate: Locate = locateByRow): string {
  const render = RENDER[issue.code] as (d: IssueDetail, l: Locate) => string;
  return render(issue, locate);
}

export { list };
