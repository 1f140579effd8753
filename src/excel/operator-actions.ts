import type { DateOrder, ImportIssueCode } from '../engine/issues/import-issue';
import type { ImportPlatform, ImportReview } from '../engine/issues/import-summary';
import type { CampaignPhase } from '../engine/analysis/phase';
import type { LocalDate } from '../engine/model/primitives';
import type { CampaignStatus, TaskStatus } from '../engine/model/statuses';
import type { CmoFeedback, ExecutionStatusReport } from '../engine/report/output-schemas';
import type { CellAddress } from '../workbook/address/address-of';
import type { AddressedIssue } from '../workbook/describe/describe-issues';

/**
 * What the task pane can ask of the workbook. The Office.js host implements it; React components
 * receive it as props and never touch Office.js. A method rejects with an `Error` whose message is
 * written for the marketer (what happened and what to do); it never resolves with a half-done write.
 */
export interface OperatorActions {
  /** Campaigns in the workbook, for the picker. Input errors (e.g. no Campaigns table) come back as problems. */
  listCampaigns(): Promise<CampaignOption[] | InputProblems>;

  /**
   * Reads the workbook and runs the engine without writing anything: the status changes and rejected
   * updates a commit would write, and the report and feedback it would produce.
   */
  prepareRun(
    request: RunRequest,
    onProgress: (progress: RunProgress) => void,
    signal?: AbortSignal,
  ): Promise<RunPreview | InputProblems>;

  /**
   * Writes what `preview` showed (task statuses, update outcomes, logs, report and feedback sheets).
   * If the workbook changed since the preview so that the result would differ, nothing is written and
   * a fresh preview comes back to confirm. `signal` stops it while it reads and checks (it rejects
   * with an `AbortError`, nothing written); once writing starts, it is too late to stop.
   */
  commitRun(
    preview: RunPreview,
    onProgress: (progress: RunProgress) => void,
    signal?: AbortSignal,
  ): Promise<RunCommitted | StalePreview | InputProblems>;

  /** What Revert last run would undo (the run, when, its changes and sheets), or why there is nothing. */
  describeLastRun(): Promise<LastRunInfo>;

  /** Undoes the last run: restores the task cells it changed, reopens its updates, removes its sheets. */
  revertLastRun(): Promise<RevertResult>;

  /** Adds the input tables (with status drop-downs) to the workbook, empty or filled with the sample campaign. */
  createTemplate(request: { readonly sample: boolean }): Promise<TemplateResult>;

  /** Selects a cell or range (an input error's address), or activates a sheet (a new report). */
  select(target: CellAddress | { readonly sheet: string }): Promise<void>;

  /** Imports an ad-platform export (a picked file or a pasted range) into ChannelMetrics, after a preview. */
  prepareImport: ImportActions['prepareImport'];
  commitImport: ImportActions['commitImport'];
}

/** What the task pane's **Import export** and **Import pasted range** ask of the workbook. */
export interface ImportActions {
  /**
   * Reads an ad-platform export — a file the user picked (**Import export**) or the range they pasted
   * it into and selected (**Import pasted range**) — and plans its rows into the campaign's
   * ChannelMetrics, writing nothing. The preview carries the summary the CLI prints, the counts and
   * the platform; anything that stops the import comes back as `ImportProblems`, every problem at once.
   */
  prepareImport(request: ImportRequest): Promise<ImportPreview | ImportProblems>;

  /**
   * Writes what `preview` showed. The campaign and ChannelMetrics are read again and the same rows
   * planned into them: if the result differs from the preview (ChannelMetrics changed meanwhile),
   * nothing is written and a fresh preview comes back to confirm.
   */
  commitImport(preview: ImportPreview): Promise<ImportCommitted | StaleImport | ImportProblems>;
}

/** Where an export comes from: a file's bytes (CSV or TSV, any encoding), or the selected range. */
export type ImportSource =
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'selection' };

export interface ImportRequest {
  readonly source: ImportSource;
  /** The campaign every row belongs to (a Campaign ID of Campaigns). */
  readonly campaignId: string;
  /** Every row's Channel; by default the platform and campaign type (`Google Ads – Search`). */
  readonly channel?: string;
  /** For a channel and day ChannelMetrics already has: overwrite its figures, or leave it. */
  readonly mode: 'replace' | 'skip';
  /** Order of slash dates (`03/04/2025`) when the export cannot tell; asked for by `ambiguous_dates`. */
  readonly dateFormat?: DateOrder;
  /** The export's currency when it does not say (ISO 4217); it must be the campaign's. */
  readonly currency?: string;
}

export interface ImportCounts {
  /** Rows read below the header (totals and empty rows included). */
  readonly rowsRead: number;
  /** Channel-days appended, overwritten, and left alone (`skip`). */
  readonly added: number;
  readonly replaced: number;
  readonly skipped: number;
  /** Total rows and rows without figures, never imported. */
  readonly dropped: { readonly totals: number; readonly empty: number };
}

export interface ImportPreview {
  readonly kind: 'preview';
  /** Names this preview for `commitImport`. */
  readonly importId: string;
  /** What was read: the file's name, or the range the export was pasted into (`Export!A1:H12`). */
  readonly source:
    | { readonly kind: 'file'; readonly name: string }
    | { readonly kind: 'selection'; readonly address: string };
  readonly campaignId: string;
  readonly mode: 'replace' | 'skip';
  readonly platform: ImportPlatform;
  /** `Google Ads`, `Meta Ads`…, or `an unrecognised platform`. */
  readonly platformName: string;
  /** 0–1 (docs/imports.md gives the formula). */
  readonly confidence: number;
  readonly currency: string;
  readonly counts: ImportCounts;
  /** The summary, one line per fact, as the CLI prints it (the task pane's names for the options). */
  readonly summary: readonly string[];
  /** What will be written, to check first: dates, totals, channels, ad campaigns, the first rows. */
  readonly review: ImportReview;
  /** The sheet holding ChannelMetrics (created by the import when missing), for a link that selects it. */
  readonly sheet: string;
}

export interface ImportCommitted {
  readonly kind: 'committed';
  readonly preview: ImportPreview;
  /** `false` when there was nothing to write (every channel-day skipped, or no rows). */
  readonly written: boolean;
}

export interface StaleImport {
  readonly kind: 'stale';
  readonly preview: ImportPreview;
}

/** The import stopped before writing anything: every problem, for people. */
export interface ImportProblems {
  readonly kind: 'import_problems';
  readonly problems: readonly ImportProblem[];
}

export interface ImportProblem {
  /**
   * An export problem's code (`ambiguous_dates`: offer the Date format; `currency_mismatch`;
   * `unknown_platform`: offer the Channel…), `workbook` (Campaigns, Settings or ChannelMetrics),
   * `selection` (nothing usable selected), `request` (no campaign chosen, a currency that is no
   * ISO 4217 code) or `more` (the count of problems not listed).
   */
  readonly code: ImportIssueCode | 'workbook' | 'selection' | 'request' | 'more';
  /** `Export!D7, Cost "abc" is not a number`; a file's problems start with its name. */
  readonly text: string;
  /** The workbook cell the problem is about (a pasted cell, a Campaigns cell), to select it. */
  readonly address: CellAddress | null;
}

export interface CampaignOption {
  readonly campaignId: string;
  readonly name: string;
  readonly status: CampaignStatus;
}

/** `null`: every active campaign (the default, as in the CLI). */
export interface RunRequest {
  readonly campaignIds: readonly string[] | null;
}

export const RUN_STEPS = ['reading', 'checking', 'computing', 'writing', 'done'] as const;
export type RunStep = (typeof RUN_STEPS)[number];

export interface RunProgress {
  readonly step: RunStep;
  /** 0–1 over the whole run. */
  readonly fraction: number;
}

/** The run stopped before writing: every error with its address (and the warnings). */
export interface InputProblems {
  readonly kind: 'input_problems';
  readonly issues: readonly AddressedIssue[];
}

export interface TaskChangePreview {
  readonly taskId: string;
  readonly title: string;
  readonly from: TaskStatus;
  readonly to: TaskStatus;
  readonly reason: string;
}

export interface RejectedUpdatePreview {
  readonly address: CellAddress | null;
  readonly taskId: string;
  /** The task's title; `null` when the update names no task of the workbook. */
  readonly title: string | null;
  readonly newStatus: string;
  /** Why, with task statuses in words (`waiting on T06 (in progress)`). */
  readonly reason: string;
}

export interface CampaignOutcome {
  readonly campaignId: string;
  readonly name: string;
  /** Where the campaign is in its schedule at the report time (`campaignPhase`). */
  readonly phase: CampaignPhase;
  /** Start Date and End Date, as dates in the workbook's time zone. */
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
  readonly report: ExecutionStatusReport;
  readonly feedback: CmoFeedback;
}

/** The sheets a write adds for one campaign (its Report and CMO Feedback sheets). */
export interface CampaignSheets {
  readonly campaignId: string;
  readonly report: string;
  readonly feedback: string;
}

/** What a write does to the workbook's sheets. */
export interface SheetWrites {
  /** Each tracked campaign's Report and CMO Feedback sheets. */
  readonly campaigns: readonly CampaignSheets[];
  /** Sheets of an earlier run the same day that the write replaces (same names). */
  readonly replaced: readonly string[];
  /** Log sheets the write creates (a first run's Task Log, Campaign History, Learnings). */
  readonly logs: readonly string[];
  /** Other sheets the write adds: the Portfolio sheet when the run tracks several campaigns. */
  readonly others: readonly string[];
}

export interface RunPreview {
  readonly kind: 'preview';
  /** ISO 8601: the report time the commit will use too. */
  readonly asOf: string;
  /** Settings Time Zone: times are shown in it. */
  readonly timeZone: string;
  /** Settings Performance Threshold %: a KPI below it is red, as on the report sheet. */
  readonly performanceThresholdPct: number;
  readonly runId: string;
  /** The tracked campaigns' outcomes. */
  readonly campaigns: readonly CampaignOutcome[];
  /** Every campaign of the Campaigns table, as `listCampaigns` gives them (the picker stays current). */
  readonly campaignList: readonly CampaignOption[];
  readonly taskChanges: readonly TaskChangePreview[];
  readonly rejectedUpdates: readonly RejectedUpdatePreview[];
  /** The sheets a commit writes. */
  readonly sheets: SheetWrites;
  readonly warnings: readonly AddressedIssue[];
}

export interface RunCommitted {
  readonly kind: 'committed';
  readonly preview: RunPreview;
  /** The sheets written per campaign, for links that select them. */
  readonly sheets: readonly CampaignSheets[];
}

export interface StalePreview {
  readonly kind: 'stale';
  readonly preview: RunPreview;
}

/** A task a revert puts back: from its status now to the one before the run. */
export interface RestoredTask {
  readonly taskId: string;
  readonly title: string | null;
  readonly from: TaskStatus;
  readonly to: TaskStatus;
}

/** The run Revert last run undoes, as the pane names it before and after. */
export interface RunToRevert {
  readonly runId: string;
  /** Its report time (Campaign History's Recorded At), ISO 8601; `null` when the log has none. */
  readonly at: string | null;
  /** Settings Time Zone, to show `at` in. */
  readonly timeZone: string;
  readonly restoredTasks: readonly RestoredTask[];
  readonly reopenedUpdates: number;
  readonly removedSheets: readonly string[];
}

export type LastRunInfo =
  | ({ readonly kind: 'run' } & RunToRevert)
  /**
   * `no_run`: no run has written to the workbook; `reverted`: the last run is reverted already;
   * `unreadable`: the workbook has input errors, so what to revert cannot be worked out; `undone`:
   * the run this add-in last wrote is gone from the logs (undone with Ctrl+Z, or its rows deleted).
   */
  | { readonly kind: 'none'; readonly reason: 'no_run' | 'reverted' | 'unreadable' | 'undone' };

export type RevertResult =
  ({ readonly kind: 'reverted' } & RunToRevert) | { readonly kind: 'nothing_to_revert' };

export type TemplateResult =
  | { readonly kind: 'created'; readonly sheets: readonly string[] }
  /** The input tables already exist: nothing was added. */
  | { readonly kind: 'already_present'; readonly tables: readonly string[] };
