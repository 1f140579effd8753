import type { RawCell } from '../../workbook/host';
import type { ExportField } from '../recognise/fields';
import { cellText, isMissing } from '../values/cell-text';

/** Labels platforms give total rows, on text lower-cased with accents removed. */
const TOTAL_LABELS: readonly RegExp[] = [
  // Google: `Total: Account`, `Total: Search`, `Gesamt: Konto`, `Total : compte`.
  /^(total|totals|totaal|totale|totaux|totales|gesamt|insgesamt|summe)\s*:/u,
  // TikTok: `Total of 5928 results`.
  /^total (of|de|von|di)\s+[\d.,\s]+\s*\p{L}+$/u,
  // GA4 `Grand total`, and a bare `Total`.
  /^(grand total|total|totals|totaal|totale|gesamt|gesamtergebnis|total general|summe)$/u,
  // Microsoft: `Search total`, `Audience total`, `Performance Max total`.
  /^\p{L}+(\s\p{L}+){0,3}\stotal$/u,
];

/** Printable ASCII and tabs: text no Unicode normalisation can change into a label. */
const ASCII = /^[\t\x20-\x7e]*$/;
const KEYWORDS = /tota|gesamt|summe/i;

/** Columns that say which row this is; a total row leaves them empty (or writes its label in one). */
const IDENTITY: readonly ExportField[] = [
  'campaign',
  'campaignId',
  'date',
  'dateStart',
  'dateEnd',
  'channelType',
  'status',
];

const plain = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether a cell's text is a total label.
 *
 * @example isTotalLabel('Total: Account') // true
 * @example isTotalLabel('Total Reach') // false
 */
export function isTotalLabel(text: string): boolean {
  // Every label above holds one of these words; plain ASCII text without any is no label, and is
  // settled without normalising it (this runs on every cell that could hold a label, of every row).
  if (ASCII.test(text) && !KEYWORDS.test(text)) return false;
  const p = plain(text);
  return TOTAL_LABELS.some((re) => re.test(p));
}

/**
 * The label of a total row, or `null` for a data row. Decided by the whole row: a total label in
 * the first cell or an identity column (campaign, ID, date, type, status) with every other identity
 * cell empty or a label too, so a campaign really named "Search total" that has an ID, a date or a
 * type is kept. A row with metrics but no campaign name where the export names campaigns is
 * Meta's account total.
 *
 * @example totalRowLabel(['Total: Account', '--', '1,000'], { status: 0, campaign: 1 }) // 'Total: Account'
 * @example totalRowLabel(['Total Reach', '123', '1,000'], { campaign: 0, campaignId: 1 }) // null
 */
export function totalRowLabel(
  cells: readonly RawCell[],
  columns: Partial<Readonly<Record<ExportField, number>>>,
): string | null {
  const identity = identityColumns(columns);
  let label: string | undefined;
  for (const i of [0, ...identity]) {
    const text = cellText(cells[i]);
    if (text !== '' && isTotalLabel(text)) {
      label = text;
      break;
    }
  }
  if (label !== undefined) {
    const others = identity.some((i) => !isMissing(cells[i]) && !isTotalLabel(cellText(cells[i])));
    return others ? null : label;
  }
  const named = [columns.campaign, columns.campaignId, columns.channelType];
  if (columns.campaign !== undefined && named.every((i) => i === undefined || isMissing(cells[i]))) {
    return '(no campaign name)';
  }
  return null;
}

/** The identity columns an export has, found once per export (every row asks). */
const identities = new WeakMap<object, readonly number[]>();

function identityColumns(columns: Partial<Readonly<Record<ExportField, number>>>): readonly number[] {
  let found = identities.get(columns);
  if (found === undefined) {
    found = [...new Set(IDENTITY.flatMap((f) => (columns[f] === undefined ? [] : [columns[f]])))];
    identities.set(columns, found);
  }
  return found;
}
