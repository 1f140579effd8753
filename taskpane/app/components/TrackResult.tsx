import type { TrackView } from '../state/pane-state';
import { PreviewView } from './PreviewView';
import { ProblemsView } from './ProblemsView';
import { RevertConfirm } from './RevertConfirm';
import { RevertResultView } from './RevertResultView';
import { RunProgressView } from './RunProgressView';
import { SummaryView } from './SummaryView';
import type { SelectTarget } from './TargetLink';
import { Working } from './Working';

export interface TrackResultProps {
  readonly view: TrackView;
  readonly busy: boolean;
  readonly onApply: () => void;
  readonly onCancel: () => void;
  readonly onRevert: () => void;
  readonly onKeep: () => void;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * The part of the Track tab below its commands: progress, preview, summary, problems or revert.
 *
 * @example <TrackResult view={state.track} busy={busy} onApply={apply} onCancel={cancel} onRevert={revert} onKeep={keepRun} onSelect={select} />
 */
export function TrackResult({ view, busy, onApply, onCancel, onRevert, onKeep, onSelect }: TrackResultProps) {
  switch (view.kind) {
    case 'idle':
      return null;
    case 'progress':
      return <RunProgressView progress={view.progress} />;
    case 'preview':
      return (
        <PreviewView
          preview={view.preview}
          stale={view.stale}
          busy={busy}
          onApply={onApply}
          onCancel={onCancel}
          onSelect={onSelect}
        />
      );
    case 'summary':
      return <SummaryView committed={view.committed} onSelect={onSelect} />;
    case 'problems':
      return <ProblemsView issues={view.issues} onSelect={onSelect} />;
    case 'confirm_revert':
      return <RevertConfirm busy={busy} onRevert={onRevert} onKeep={onKeep} />;
    case 'reverting':
      return <Working label="Reverting the last run…" />;
    case 'reverted':
      return <RevertResultView result={view.result} />;
  }
}
