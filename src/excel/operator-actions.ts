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
  ): Promise<RunPreview | InputProblems>;

  /**
   * Writes what `preview` showed (task statuses, update outcomes, logs, report and feedback sheets).
   * If the workbook changed since the preview so that the result would differ, nothing is written and
   * a fresh preview comes back to confirm.
   */
  commitRun(
    preview: RunPreview,
    onProgress: (progress: RunProgress) => void,
  ): Promise<RunCommitted | StalePreview | InputProblems>;

  /** Undoes the last run: restores the task cells it changed, reopens its updates, removes its sheets. */
  revertLastRun(): Promise<RevertResult>;

  /** Adds the input tables (with status drop-downs) to the workbook, empty or filled with the sample campaign. */
  createTemplate(request: { readonly sample: boolean }): Promise<TemplateResult>;

  /** Selects a cell or range (an input error's address), or activates a sheet (a new report). */
  select(target: CellAddress | { readonly sheet: string }): Promise<void>;
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
  readonly newStatus: string;
  readonly reason: string;
}

export interface CampaignOutcome {
  readonly campaignId: string;
  readonly name: string;
  readonly report: ExecutionStatusReport;
  readonly feedback: CmoFeedback;
}

export interface RunPreview {
  readonly kind: 'preview';
  /** ISO 8601: the report time the commit will use too. */
  readonly asOf: string;
  readonly runId: string;
  readonly campaigns: readonly CampaignOutcome[];
  readonly taskChanges: readonly TaskChangePreview[];
  readonly rejectedUpdates: readonly RejectedUpdatePreview[];
  readonly warnings: readonly AddressedIssue[];
}

export interface RunCommitted {
  readonly kind: 'committed';
  readonly preview: RunPreview;
  /** The sheets written per campaign, for links that select them. */
  readonly sheets: ReadonlyArray<{
    readonly campaignId: string;
    readonly report: string;
    readonly feedback: string;
  }>;
}

export interface StalePreview {
  readonly kind: 'stale';
  readonly preview: RunPreview;
}

export type RevertResult =
  | {
      readonly kind: 'reverted';
      readonly runId: string;
      readonly restoredTasks: readonly string[];
      readonly reopenedUpdates: number;
      readonly removedSheets: readonly string[];
    }
  | { readonly kind: 'nothing_to_revert' };

export type TemplateResult =
  | { readonly kind: 'created'; readonly sheets: readonly string[] }
  /** The input tables already exist: nothing was added. */
  | { readonly kind: 'already_present'; readonly tables: readonly string[] };
