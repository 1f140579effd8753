import type { LocalDate } from '../model/primitives';

/** The platforms an export can be recognised as; `generic` has the metrics but no platform signature. */
export const IMPORT_PLATFORMS = [
  'google_ads',
  'meta_ads',
  'linkedin_ads',
  'microsoft_ads',
  'tiktok_ads',
  'x_ads',
  'ga4',
  'generic',
] as const;
export type ImportPlatform = (typeof IMPORT_PLATFORMS)[number];

/** The ChannelMetrics figures an export can fill. */
export const IMPORT_METRICS = [
  'impressions',
  'clicks',
  'conversions',
  'cost',
  'revenue',
  'engagements',
] as const;
export type ImportMetric = (typeof IMPORT_METRICS)[number];

export interface ChannelDay {
  readonly channel: string;
  readonly date: LocalDate | null;
}

/** Why rows were dropped, combined or left alone: each note carries counts and a few examples. */
export type ImportNote =
  | { readonly code: 'preamble'; readonly lines: number }
  | {
      readonly code: 'total_rows';
      readonly count: number;
      readonly examples: ReadonlyArray<{ readonly line: number; readonly label: string }>;
    }
  | { readonly code: 'empty_rows'; readonly count: number; readonly lines: readonly number[] }
  | { readonly code: 'table_ended'; readonly line: number; readonly rows: number }
  | { readonly code: 'aggregated'; readonly sourceRows: number; readonly rows: number }
  | { readonly code: 'missing_values'; readonly metric: ImportMetric; readonly count: number }
  | { readonly code: 'absent_column'; readonly metric: ImportMetric }
  /** Imported rows left blank in one of the four figures (every source cell was missing): not reported. */
  | { readonly code: 'blank_required'; readonly metric: ImportMetric; readonly rows: number }
  | { readonly code: 'not_conversions'; readonly count: number; readonly examples: readonly string[] }
  | { readonly code: 'undated'; readonly reason: 'no_date_column' | 'date_range' }
  | { readonly code: 'currency_assumed'; readonly currency: string }
  | {
      readonly code: 'replaced';
      readonly count: number;
      readonly examples: ReadonlyArray<ChannelDay & { readonly rows: readonly number[] }>;
    }
  | { readonly code: 'skipped'; readonly count: number; readonly examples: readonly ChannelDay[] };

export type ImportNoteCode = ImportNote['code'];

/** What an import did, for the CLI's summary and the task pane. */
export interface ImportSummary {
  readonly platform: ImportPlatform;
  /** 0–1: how sure the recognition is (docs/imports.md gives the formula). */
  readonly confidence: number;
  readonly currency: string;
  /** Data rows read below the header (totals and empty rows included). */
  readonly rowsRead: number;
  readonly added: number;
  readonly replaced: number;
  readonly skipped: number;
  readonly dropped: { readonly totals: number; readonly empty: number };
  readonly reasons: readonly ImportNote[];
}

/** How each platform is named in messages and, by default, as the ChannelMetrics channel. */
export const IMPORT_PLATFORM_NAMES: Readonly<Record<ImportPlatform, string>> = Object.freeze({
  google_ads: 'Google Ads',
  meta_ads: 'Meta Ads',
  linkedin_ads: 'LinkedIn Ads',
  microsoft_ads: 'Microsoft Advertising',
  tiktok_ads: 'TikTok Ads',
  x_ads: 'X Ads',
  ga4: 'Google Analytics 4',
  generic: 'an unrecognised platform',
});
