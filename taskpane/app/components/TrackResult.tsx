import type { PaneState, TrackView } from '../state/pane-state';
import { CheckedView } from './CheckedView';
import { ProblemsView } from './ProblemsView';
import { RevertConfirm } from './RevertConfirm';
import { RevertResultView } from './RevertResultView';
import { RunProgressView } from './RunProgressView';
import type { SelectTarget } from './TargetLink';
import { Working } from './Working';
import { WrittenView } from './WrittenView';

export interface TrackResultProps {
  readonly view: TrackView;
  readonly busy: boolean;
  readonly cancellable: boolean;
  readonly excelWaiting: PaneState['excelWaiting'];
  readonly onWrite: () => void;
  readonly onDiscard: () => void;
  readonly onCancel: () => void;
  readonly onRevert: () => void;
  readonly onKeep: () => void;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * The part of the Track tab below its controls: progress, the checks' result, what was written,
 * problems, or the revert.
 *
 * @example <TrackResult view={state.track} busy={busy} cancellable={cancellable} excelWaiting={false} … />
 */
export function TrackResult(props: TrackResultProps) {
  const { view, busy, onSelect } = props;
  switch (view.kind) {
    case 'idle':
      return null;
    case 'progress':
      return (
        <RunProgressView
          purpose={view.purpose}
          progress={view.progress}
          startedAt={view.startedAt}
          cancellable={props.cancellable}
          excelWaiting={props.excelWaiting}
          onCancel={props.onCancel}
        />
      );
    case 'checked':
      return (
        <CheckedView
          preview={view.preview}
          stale={view.stale}
          busy={busy}
          onWrite={props.onWrite}
          onDiscard={props.onDiscard}
          onSelect={onSelect}
        />
      );
    case 'written':
      return <WrittenView committed={view.committed} by={view.by} onSelect={onSelect} />;
    case 'problems':
      return <ProblemsView issues={view.issues} onSelect={onSelect} />;
    case 'confirm_revert':
      return <RevertConfirm run={view.run} busy={busy} onRevert={props.onRevert} onKeep={props.onKeep} />;
    case 'reverting':
      return <Working label="Reverting the last run…" />;
    case 'reverted':
      return <RevertResultView result={view.result} />;
  }
}
