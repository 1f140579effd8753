import type {
  CampaignOption,
  RevertResult,
  RunCommitted,
  RunPreview,
  RunProgress,
  TemplateResult,
} from '../../../src/excel/operator-actions';
import type { AddressedIssue } from '../../../src/workbook/describe/describe-issues';
import { INITIAL_IMPORT_CHOICES, type ImportChoices, type ImportView } from './import-state';

/** Work the pane asks of the workbook; while one runs, every button that starts work is disabled. */
export type Operation =
  'campaigns' | 'prepare' | 'commit' | 'revert' | 'template' | 'import_prepare' | 'import_commit';

/** What the Track tab shows. */
export type TrackView =
  | { readonly kind: 'idle' }
  | { readonly kind: 'progress'; readonly progress: RunProgress | null }
  | { readonly kind: 'preview'; readonly preview: RunPreview; readonly stale: boolean }
  | { readonly kind: 'summary'; readonly committed: RunCommitted }
  | {
      readonly kind: 'problems';
      readonly issues: readonly AddressedIssue[];
      /** Problems found listing campaigns go away once the list loads; a run's stay until the next run. */
      readonly source: 'campaigns' | 'run';
    }
  | { readonly kind: 'confirm_revert'; readonly back: TrackView }
  | { readonly kind: 'reverting' }
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
  /** What the pane shows again if the work fails. */
  readonly resume: { readonly track: TrackView; readonly setup: SetupView; readonly import: ImportView };
}

export interface PaneState {
  readonly tab: PaneTab;
  readonly track: TrackView;
  readonly setup: SetupView;
  readonly import: ImportView;
  readonly importChoices: ImportChoices;
  /** `null` until the first answer of `listCampaigns` (or when it answered with problems). */
  readonly campaigns: readonly CampaignOption[] | null;
  /** The chosen campaign; `null` means every active campaign. */
  readonly campaignId: string | null;
  readonly pending: Pending | null;
  /** The message of the last failure, shown until dismissed or until new work starts. */
  readonly error: string | null;
}

export const INITIAL_STATE: PaneState = {
  tab: 'track',
  track: { kind: 'idle' },
  setup: { kind: 'idle' },
  import: { kind: 'idle' },
  importChoices: INITIAL_IMPORT_CHOICES,
  campaigns: null,
  campaignId: null,
  pending: null,
  error: null,
};
