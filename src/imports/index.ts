/**
 * Ad-platform exports into ChannelMetrics: the public API of the imports layer.
 *
 * File: `createExportImport(options)` → `push(chunk)`… → `end()` → `ParsedExport`.
 * Pasted range: `importRange(cells, options)` → `ParsedExport`; in the task pane
 * `importPastedRange`, which also refuses a paste Excel read only in part (`pastedReadingIssues`).
 * The whole flow (target read → parse → plan), shared by the CLI and the task pane:
 * `prepareImport(host, read, choices)`, and `replanImport(host, prepared)` before writing later.
 * Then `planImport(rows, reading, currency, table, mode)` → `{ plan, summary }`, with the existing
 * table read by `readChannelMetricsTable(raw)` (or the whole target, with the campaign's currency,
 * by `readImportTarget(host.read(importReads(inventory)), campaignId)`). Texts: `renderImportIssue`,
 * `renderImportSummary`.
 */
export { createExportImport, type ExportImport } from './import-export';
export { importRange, readRange, type RangeLayout } from './import-range';
export { importPastedRange } from './import-pasted-range';
export { pastedReadingIssues } from './pasted-readings';
export {
  prepareImport,
  replanImport,
  type ExportReader,
  type ImportChoices,
  type ParsedRows,
  type PlannedImport,
  type PreparedImport,
  type ReadExport,
} from './flow/prepare-import';
export type { ExportReading, ImportedRow, ImportOptions, ParsedExport } from './import-types';
export { readChannelMetricsTable, type ChannelMetricsTable } from './merge/channel-metrics-table';
export { planImport, type ImportMode, type ImportPlan } from './merge/plan-import';
export { recognisePlatform, type Recognition } from './recognise/recognise-platform';
export {
  importReads,
  readImportTarget,
  type ImportTarget,
  type ImportTargetRead,
} from './target/import-target';
