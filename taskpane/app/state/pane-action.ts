import type {
  CampaignOption,
  ImportCommitted,
  ImportPreview,
  ImportProblems,
  InputProblems,
  LastRunInfo,
  RevertResult,
  RunCommitted,
  RunPreview,
  RunProgress,
  StaleImport,
  StalePreview,
  TemplateResult,
} from '../../../src/excel/operator-actions';
import type { ImportChoices, ImportSourceKind } from './import-state';
import type { OutsideOutcome } from './outcome-feed';
import type { Operation, PaneTab } from './pane-state';

/** Everything that changes the pane: the marketer's choices and the workbook's answers. */
export type PaneAction =
  | {
      readonly type: 'started';
      readonly operation: Operation;
      readonly token: number;
      /** The pane's clock when the work began (shown as elapsed time). */
      readonly at: number;
      readonly sample?: boolean;
      readonly source?: ImportSourceKind;
    }
  | { readonly type: 'progressed'; readonly token: number; readonly progress: RunProgress }
  | {
      readonly type: 'workbook_read';
      readonly token: number;
      readonly campaigns: CampaignOption[] | InputProblems;
      readonly lastRun: LastRunInfo;
    }
  | { readonly type: 'prepared'; readonly token: number; readonly result: RunPreview | InputProblems }
  | {
      readonly type: 'committed';
      readonly token: number;
      readonly result: RunCommitted | StalePreview | InputProblems;
    }
  | { readonly type: 'reverted'; readonly token: number; readonly result: RevertResult }
  | {
      readonly type: 'template_created';
      readonly token: number;
      readonly result: TemplateResult;
      /** Asked from the Track tab's placemat (the result is told there). */
      readonly fromPlacemat: boolean;
    }
  | {
      readonly type: 'import_prepared';
      readonly token: number;
      readonly result: ImportPreview | ImportProblems;
    }
  | {
      readonly type: 'import_committed';
      readonly token: number;
      readonly result: ImportCommitted | StaleImport | ImportProblems;
    }
  | { readonly type: 'import_cancelled' }
  | { readonly type: 'import_choices_changed'; readonly choices: Partial<ImportChoices> }
  | { readonly type: 'failed'; readonly token: number; readonly message: string }
  /** The marketer stopped the work: the pane shows what it showed before, nothing was written. */
  | { readonly type: 'cancelled'; readonly token: number }
  | { readonly type: 'select_failed'; readonly message: string }
  | { readonly type: 'tab_chosen'; readonly tab: PaneTab }
  | { readonly type: 'campaign_chosen'; readonly campaignId: string | null }
  | { readonly type: 'check_discarded' }
  | { readonly type: 'revert_asked' }
  | { readonly type: 'revert_kept' }
  | { readonly type: 'error_dismissed' }
  | { readonly type: 'excel_waiting'; readonly waiting: boolean }
  | { readonly type: 'outside_outcome'; readonly outcome: OutsideOutcome };
