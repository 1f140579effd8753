import type { DateOrder } from '../../../src/engine/issues/import-issue';
import type {
  CampaignOption,
  ImportCommitted,
  ImportPreview,
  ImportProblem,
} from '../../../src/excel/operator-actions';

/** Where the Import tab reads an export: a picked file, or the range selected in Excel. */
export type ImportSourceKind = 'file' | 'selection';

/** The Import tab's fields, kept while the marketer moves between tabs. */
export interface ImportChoices {
  /** The campaign chosen; `null` until one is (the first active campaign is offered). */
  readonly campaignId: string | null;
  /** Every row's Channel; blank for the platform's own name. */
  readonly channel: string;
  /** The export's currency when it does not say; blank for the campaign's. */
  readonly currency: string;
  readonly mode: 'replace' | 'skip';
  readonly dateFormat: DateOrder | null;
  /** An import asked for the date order (`ambiguous_dates`): the Date format field shows from then on. */
  readonly dateFormatAsked: boolean;
}

/** What the Import tab shows below its fields. */
export type ImportView =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly source: ImportSourceKind }
  | { readonly kind: 'preview'; readonly preview: ImportPreview; readonly stale: boolean }
  | { readonly kind: 'writing'; readonly preview: ImportPreview }
  | { readonly kind: 'imported'; readonly committed: ImportCommitted }
  | { readonly kind: 'problems'; readonly problems: readonly ImportProblem[] };

export const INITIAL_IMPORT_CHOICES: ImportChoices = {
  campaignId: null,
  channel: '',
  currency: '',
  mode: 'replace',
  dateFormat: null,
  dateFormatAsked: false,
};

/** Problem codes that the Date format answers. */
export const DATE_FORMAT_CODES: ReadonlySet<string> = new Set([
  'ambiguous_dates',
  'date_format_contradicted',
]);

/**
 * The campaign an import goes into: the one chosen while the workbook still has it, else the first
 * active campaign, else the first campaign; `null` without campaigns.
 *
 * @example importCampaign(null, [{ campaignId: 'C1', name: 'Spring', status: 'paused' }]) // 'C1'
 */
export function importCampaign(
  chosen: string | null,
  campaigns: readonly CampaignOption[] | null,
): string | null {
  const all = campaigns ?? [];
  if (chosen !== null && all.some((c) => c.campaignId === chosen)) return chosen;
  return (all.find((c) => c.status === 'active') ?? all[0])?.campaignId ?? null;
}
