import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { OperatorControls } from '../state/use-operator';
import { LastRunPanel } from './LastRunPanel';
import { useLayoutStyles } from './layout-styles';
import { Placemat } from './Placemat';
import { TrackControls } from './TrackControls';
import { TrackResult } from './TrackResult';

/** Views whose own primary action (Write report, Revert now) is the one primary button. */
const OWN_PRIMARY = new Set(['checked', 'confirm_revert']);

/**
 * The Track tab: the first-run placemat on a workbook without input tables; otherwise the campaigns
 * to check and Run checks, the result, and the last run with Revert.
 *
 * @example <TrackPanel operator={useOperator(actions)} />
 */
export function TrackPanel({ operator }: { readonly operator: OperatorControls }) {
  const styles = useLayoutStyles();
  const { state, busy } = operator;
  const { track } = state;
  if (state.setupNeeded === true && track.kind === 'idle') {
    return (
      <Placemat
        busy={busy}
        creating={state.setup.kind === 'creating' ? { sample: state.setup.sample } : null}
        onTrySample={() => operator.createTemplate(true, true)}
        onAddTables={() => operator.createTemplate(false, true)}
      />
    );
  }
  return (
    <div className={styles.stack}>
      {state.notice === null ? null : (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      <TrackControls
        campaigns={state.campaigns}
        value={state.campaignId}
        busy={busy}
        primary={!OWN_PRIMARY.has(track.kind)}
        onChange={operator.chooseCampaign}
        onCheck={operator.check}
      />
      <TrackResult
        view={track}
        busy={busy}
        cancellable={operator.cancellable}
        excelWaiting={state.excelWaiting}
        onWrite={operator.write}
        onDiscard={operator.discardCheck}
        onCancel={operator.cancel}
        onRevert={operator.revert}
        onKeep={operator.keepRun}
        onSelect={operator.select}
      />
      <LastRunPanel
        lastRun={state.lastRun}
        busy={busy || track.kind === 'confirm_revert'}
        onRevert={operator.askRevert}
      />
    </div>
  );
}
