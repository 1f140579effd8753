import type { DateOrder, ImportIssue } from '../engine/issues/import-issue';
import type { ImportMetric, ImportNote, ImportPlatform } from '../engine/issues/import-summary';
import type { LocalDate } from '../engine/model/primitives';
import type { ExportField } from './recognise/fields';
import type { TextEncoding } from './text/decode';

/** What the host knows before reading an export. */
export interface ImportOptions {
  /** The campaign the rows belong to (`--campaign`). */
  readonly campaignId: string;
  /** The campaign's currency (its Currency cell, else Settings, else USD); the export must match. */
  readonly campaignCurrency: string;
  /** Every row's channel (`--channel`); by default the campaign type, else the platform. */
  readonly channel?: string;
  /** Order of slash dates when the column cannot tell (`--date-format`). */
  readonly dateFormat?: DateOrder;
  /** The export's currency when it does not say (`--currency`); checked against what it says. */
  readonly currency?: string;
}

/** One ChannelMetrics row made from an export: the export's rows for one channel and day, summed. */
export type ImportedRow = {
  readonly campaignId: string;
  readonly channel: string;
  /** The platform's own campaign name (the Ad Campaign column). */
  readonly adCampaign: string | null;
  readonly date: LocalDate | null;
  readonly source: 'measured';
  /** How many export rows were summed into this one, and the line of the first. */
  readonly sourceRows: number;
  readonly firstLine: number;
} & { readonly [M in ImportMetric]: number | null };

/** How the export was read. */
export interface ExportReading {
  readonly platform: ImportPlatform;
  readonly confidence: number;
  /** Header of each field the importer uses. */
  readonly columns: Partial<Readonly<Record<ExportField, string>>>;
  readonly locale: string;
  /** For files: the encoding and delimiter found. */
  readonly encoding: TextEncoding | null;
  readonly delimiter: string | null;
  /** Line of the header (row of a pasted range). */
  readonly headerLine: number;
  /** Metrics the export has no column for: they are left blank, never zero. */
  readonly absentMetrics: readonly ImportMetric[];
  readonly rowsRead: number;
  readonly dropped: { readonly totals: number; readonly empty: number };
  readonly notes: readonly ImportNote[];
}

export type ParsedExport =
  | {
      readonly ok: true;
      readonly rows: readonly ImportedRow[];
      readonly currency: string;
      readonly reading: ExportReading;
    }
  | {
      readonly ok: false;
      readonly issues: readonly ImportIssue[];
      /** Problems beyond the first ones listed. */
      readonly moreIssues: number;
      readonly reading: ExportReading | null;
    };
