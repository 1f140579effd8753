import type { DateOrder, ImportIssue } from '../../engine/issues/import-issue';
import type { Issue } from '../../engine/issues/issue';
import type { ImportSummary } from '../../engine/issues/import-summary';
import type { LocateImportCell } from '../../engine/messages/render-import-issue';
import { normalizeId } from '../../engine/model/id-text';
import type { WorkbookHost } from '../../workbook/host';
import type { WritePlan } from '../../workbook/plan/write-plan';
import type { SourceMap } from '../../workbook/source-map';
import type { ImportOptions, ParsedExport } from '../import-types';
import { planImport, type ImportMode } from '../merge/plan-import';
import {
  importReads,
  importSourceIssues,
  readImportTarget,
  type ImportTarget,
  type ImportTargetRead,
} from '../target/import-target';

/** What the user chose: the command line's options, or the task pane's fields. */
export interface ImportChoices {
  readonly campaignId: string;
  readonly channel?: string;
  readonly mode: ImportMode;
  readonly dateFormat?: DateOrder;
  readonly currency?: string;
}

/** An export read by a host, and how its issues name a place (`line 7`, `Export!C9`). */
export interface ReadExport {
  readonly parsed: ParsedExport;
  readonly locate: LocateImportCell;
}

/** Reads the export once the workbook has said the campaign's currency. */
export type ExportReader = (options: ImportOptions) => ReadExport | Promise<ReadExport>;

export type ParsedRows = Extract<ParsedExport, { ok: true }>;

/** An import planned against the workbook as read, and nothing written. */
export interface PlannedImport {
  readonly ok: true;
  readonly choices: ImportChoices;
  readonly parsed: ParsedRows;
  readonly locate: LocateImportCell;
  readonly target: ImportTarget;
  readonly plan: WritePlan;
  readonly summary: ImportSummary;
}

export type PreparedImport =
  | PlannedImport
  /** The workbook cannot take the import (no Campaigns, an unknown campaign…): tracker issues with cells. */
  | {
      readonly ok: false;
      readonly stage: 'workbook';
      readonly issues: readonly Issue[];
      readonly sourceMap: SourceMap;
    }
  /** The export cannot be imported: every problem found (the first ones, the rest counted). */
  | {
      readonly ok: false;
      readonly stage: 'export';
      readonly issues: readonly ImportIssue[];
      readonly moreIssues: number;
      readonly locate: LocateImportCell;
    };

async function readTarget(host: WorkbookHost, campaignId: string): Promise<ImportTargetRead> {
  const inventory = await host.inventory();
  const ambiguous = importSourceIssues(inventory);
  if (ambiguous.length > 0) return { ok: false, issues: ambiguous, sourceMap: {} };
  return readImportTarget(await host.read(importReads(inventory)), campaignId);
}

function planned(
  choices: ImportChoices,
  parsed: ParsedRows,
  locate: LocateImportCell,
  target: ImportTarget,
): PlannedImport {
  const { plan, summary } = planImport(
    parsed.rows,
    parsed.reading,
    parsed.currency,
    target.channelMetrics,
    choices.mode,
  );
  return { ok: true, choices, parsed, locate, target, plan, summary };
}

/**
 * The host-independent part of an import: reads the target in the workbook (Campaigns, Settings,
 * ChannelMetrics; the campaign's currency), then the export through `read` with that currency,
 * then plans the rows. Nothing is written; the caller applies `plan` (the CLI at once, the task
 * pane after showing `summary`).
 *
 * @example
 * const prepared = await prepareImport(host, (options) => readExportFile(path, options), { campaignId: 'C1', mode: 'replace' });
 * if (prepared.ok && prepared.plan.ops.length > 0) await host.apply(prepared.plan);
 */
export async function prepareImport(
  host: WorkbookHost,
  read: ExportReader,
  given: ImportChoices,
): Promise<PreparedImport> {
  // The campaign as IDs are compared and written (docs/workbook.md, "IDs").
  const choices = { ...given, campaignId: normalizeId(given.campaignId) };
  const target = await readTarget(host, choices.campaignId);
  if (!target.ok) return { ok: false, stage: 'workbook', issues: target.issues, sourceMap: target.sourceMap };
  const { parsed, locate } = await read({
    campaignId: choices.campaignId,
    campaignCurrency: target.target.campaignCurrency,
    ...(choices.channel === undefined ? {} : { channel: choices.channel }),
    ...(choices.dateFormat === undefined ? {} : { dateFormat: choices.dateFormat }),
    ...(choices.currency === undefined ? {} : { currency: choices.currency }),
  });
  if (!parsed.ok)
    return { ok: false, stage: 'export', issues: parsed.issues, moreIssues: parsed.moreIssues, locate };
  return planned(choices, parsed, locate, target.target);
}

/**
 * The same rows planned again into the workbook as it is now (before writing a preview shown a
 * while ago): the target is read again; a campaign whose currency changed since refuses the rows.
 *
 * @example const again = await replanImport(host, prepared); again.ok && again.summary.replaced
 */
export async function replanImport(host: WorkbookHost, before: PlannedImport): Promise<PreparedImport> {
  const { campaignId } = before.choices;
  const target = await readTarget(host, campaignId);
  if (!target.ok) return { ok: false, stage: 'workbook', issues: target.issues, sourceMap: target.sourceMap };
  const { campaignCurrency } = target.target;
  if (campaignCurrency !== before.parsed.currency) {
    const issue: ImportIssue = {
      code: 'currency_mismatch',
      exportCurrency: before.parsed.currency,
      campaignCurrency,
      campaignId,
    };
    return { ok: false, stage: 'export', issues: [issue], moreIssues: 0, locate: before.locate };
  }
  return planned(before.choices, before.parsed, before.locate, target.target);
}
