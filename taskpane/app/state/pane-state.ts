import type {
  CampaignOption,
  LastRunInfo,
  RevertResult,
  RunCommitted,
  RunPreview,
  RunProgress,
  RunToRevert,
  TemplateResult,
} from '../../../src/excel/operator-actions';
import type { AddressedIssue } from '../../../src/workbook/describe/describe-issues';
import { INITIAL_IMPORT_CHOICES, type ImportChoices, type ImportView } from './import-state';

/** Work the pane asks of the workbook; while one runs, every button that starts work is disabled. */
export type Operation =
  'workbook' | 'prepare' | 'commit' | 'revert' | 'template' | 'import_prepare' | 'import_commit';

/** What the Track tab shows below its controls. */
export type TrackView =
  | { readonly kind: 'idle' }
  /**
   * Checks under way (`check`: nothing will be written) or a write (`write`: it reads and checks
   * again, then writes). `startedAt` is the pane's clock when it began, for the elapsed time.
   */
  | {
      readonly kind: 'progress';
      readonly purpose: 'check' | 'write';
      readonly progress: RunProgress | null;
      readonly startedAt: number;
    }
  /** Checked, nothing written: the overview and what a write would change. */
  | { readonly kind: 'checked'; readonly preview: RunPreview; readonly stale: boolean }
  /** Written, by the pane's Write report or by the ribbon's Run checks. */
  | { readonly kind: 'written'; readonly committed: RunCommitted; readonly by: 'pane' | 'ribbon' }
  | { readonly kind: 'problems'; readonly issues: readonly AddressedIssue[] }
  | { readonly kind: 'confirm_revert'; readonly back: TrackView; readonly run: RunToRevert }
  | { readonly kind: 'reverting'; readonly startedAt: number }
  | { readonly kind: 'reverted'; readonly result: RevertResult };

/** What the Set up tab shows below its buttons. */
export type SetupView =
  | { readonly kind: 'idle' }
  | { readonly kind: 'creating'; readonly sample: boolean }
  | { readonly kind: 'created'; readonly result: TemplateResult };

export type PaneTab = 'track' | 'import' | 'setup';

/** The work under way: its results count only while its token is the current one. */
export interface Pending {
  readonly operation: Operation;
  readonly token: number;
  /** What the pane shows again if the work fails or is cancelled. */
  readonly resume: { readonly track: TrackView; readonly setup: SetupView; readonly import: ImportView };
}

/**
 * What the pane knows of the workbook from its last look (when it opens, and after each write):
 * whether it has the input tables, its campaigns, and its last run.
 */
export interface WorkbookFacts {
  /** `null` until the first look; `true` when an input table is missing (the placemat shows). */
  readonly setupNeeded: boolean | null;
  /** `null` until the first answer of `listCampaigns` (or when it answered with problems). */
  readonly campaigns: readonly CampaignOption[] | null;
  /**
   * The problems that stopped the campaign list, kept and shown only when a run is asked for (no
   * error before the marketer asks for anything).
   */
  readonly campaignProblems: readonly AddressedIssue[];
  /** `null` until known. */
  readonly lastRun: LastRunInfo | null;
}

export interface PaneState extends WorkbookFacts {
  readonly tab: PaneTab;
  readonly track: TrackView;
  readonly setup: SetupView;
  readonly import: ImportView;
  readonly importChoices: ImportChoices;
  /** The chosen campaign; `null` means every active campaign. */
  readonly campaignId: string | null;
  readonly pending: Pending | null;
  /** The message of the last failure, shown until dismissed or until new work starts. */
  readonly error: string | null;
  /** A success to tell on the Track tab (the sample added from the placemat), until new work starts. */
  readonly notice: string | null;
  /** Excel is refusing work for now (a cell is being edited): the pane says what to do. */
  readonly excelWaiting: boolean;
}

export const INITIAL_STATE: PaneState = {
  tab: 'track',
  track: { kind: 'idle' },
  setup: { kind: 'idle' },
  import: { kind: 'idle' },
  importChoices: INITIAL_IMPORT_CHOICES,
  setupNeeded: null,
  campaigns: null,
  campaignProblems: [],
  lastRun: null,
  campaignId: null,
  pending: null,
  error: null,
  notice: null,
  excelWaiting: false,
};
