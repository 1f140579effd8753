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

/** What identifies a ChannelMetrics row an import writes: its channel, ad campaign and day. */
export interface ChannelDay {
  readonly channel: string;
  readonly adCampaign: string | null;
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
  | { readonly code: 'undated'; readonly reason: 'no_date_column' }
  /** Rows covering a reporting range and no day column: dated by the range's first day. */
  | { readonly code: 'range_dated'; readonly rows: number }
  /** Rows with a quoted cell over several lines, read as one cell (`lines`: the first few). */
  | { readonly code: 'multiline_cells'; readonly count: number; readonly lines: readonly number[] }
  | { readonly code: 'currency_assumed'; readonly currency: string }
  | {
      readonly code: 'replaced';
      readonly count: number;
      readonly examples: ReadonlyArray<ChannelDay & { readonly rows: readonly number[] }>;
    }
  | { readonly code: 'skipped'; readonly count: number; readonly examples: readonly ChannelDay[] }
  /**
   * Rows without an Ad Campaign, or with one the export sums away, of channel-days the export now
   * writes: cleared so nothing counts twice (an earlier import summed per channel and day, a total
   * typed by hand).
   */
  | {
      readonly code: 'cleared';
      readonly count: number;
      readonly examples: ReadonlyArray<ChannelDay & { readonly row: number }>;
    };

export type ImportNoteCode = ImportNote['code'];

/** The figures an import review totals. */
export const REVIEW_FIGURES = ['cost', 'impressions', 'clicks', 'conversions'] as const;
export type ReviewFigure = (typeof REVIEW_FIGURES)[number];

/** A value of a row as the review shows it: text, a figure, or blank. */
export type ReviewValue = string | number | null;

/** One row as it will be written, and what writing it does. */
export interface ReviewRow {
  /** `add`: appended; `replace`: written over the sheet row `sheetRow`; `skip`: left out. */
  readonly action: 'add' | 'replace' | 'skip';
  readonly sheetRow: number | null;
  /** In the order of `ImportReview.columns`; dates as `YYYY-MM-DD`. */
  readonly values: readonly ReviewValue[];
}

/**
 * What an import will write, for a marketer to check before anything is written
 * (docs/imports.md, The review): the days it covers, totals to compare with the platform's own,
 * how many channels and ad campaigns, and the first rows as they will be written.
 */
export interface ImportReview {
  /** Rows the export gives (one per channel, ad campaign and day). */
  readonly rows: number;
  /** The first and the last Date among them; `null` when none is dated. */
  readonly dates: { readonly first: LocalDate; readonly last: LocalDate } | null;
  readonly undatedRows: number;
  /** Exact totals of the rows, rounded once (cost to the currency's minor unit); `null`: never reported. */
  readonly totals: Readonly<Record<ReviewFigure, number | null>>;
  /** Rows whose figure is blank (not reported). */
  readonly blankRows: Readonly<Record<ReviewFigure, number>>;
  readonly channels: number;
  /** Distinct ad campaigns, counted within their channel. */
  readonly adCampaigns: number;
  /** ChannelMetrics headers of `firstRows`' values. */
  readonly columns: readonly string[];
  /** The first rows, in the export's order, as they will be written. */
  readonly firstRows: readonly ReviewRow[];
}

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
  readonly review: ImportReview;
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
