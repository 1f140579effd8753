import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { OperatorActions } from '../../src/excel/operator-actions';
import { CampaignPicker } from './components/CampaignPicker';
import { ErrorBar } from './components/ErrorBar';
import { ImportPanel } from './components/ImportPanel';
import { LiveRegion } from './components/LiveRegion';
import { PaneTabs, panelId, tabId } from './components/PaneTabs';
import { TemplatePanel } from './components/TemplatePanel';
import { TrackActions } from './components/TrackActions';
import { TrackResult } from './components/TrackResult';
import { paneAnnouncement } from './state/announcement';
import type { OutcomeFeed } from './state/outcome-feed';
import { useOperator } from './state/use-operator';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
  },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface PaneProps {
  readonly actions: OperatorActions;
  readonly outcomes?: OutcomeFeed | undefined;
}

/**
 * The task pane: its flow lives in `useOperator`; every part below gets plain props.
 *
 * @example <Pane actions={fakeActions().actions} />
 */
export function Pane({ actions, outcomes }: PaneProps) {
  const styles = useStyles();
  const operator = useOperator(actions, outcomes);
  const { state, busy } = operator;
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>Campaign Operator</h1>
      {state.error === null ? null : <ErrorBar message={state.error} onDismiss={operator.dismissError} />}
      <PaneTabs selected={state.tab} onSelect={operator.chooseTab} />
      {state.tab === 'track' ? (
        <div role="tabpanel" id={panelId('track')} aria-labelledby={tabId('track')} className={styles.panel}>
          <CampaignPicker
            campaigns={state.campaigns}
            value={state.campaignId}
            disabled={busy}
            onChange={operator.chooseCampaign}
            onReload={operator.refreshCampaigns}
          />
          <TrackActions busy={busy} onRun={operator.run} onRevert={operator.askRevert} />
          <TrackResult
            view={state.track}
            busy={busy}
            onApply={operator.apply}
            onCancel={operator.cancel}
            onRevert={operator.revert}
            onKeep={operator.keepRun}
            onSelect={operator.select}
          />
        </div>
      ) : null}
      {state.tab === 'import' ? (
        <div
          role="tabpanel"
          id={panelId('import')}
          aria-labelledby={tabId('import')}
          className={styles.panel}
        >
          <ImportPanel
            view={state.import}
            choices={state.importChoices}
            campaigns={state.campaigns}
            busy={busy}
            onChoicesChange={operator.changeImportChoices}
            onImportFile={operator.importFile}
            onImportSelection={operator.importSelection}
            onImport={operator.confirmImport}
            onCancel={operator.cancelImport}
            onSelect={operator.select}
          />
        </div>
      ) : null}
      {state.tab === 'setup' ? (
        <div role="tabpanel" id={panelId('setup')} aria-labelledby={tabId('setup')} className={styles.panel}>
          <TemplatePanel
            view={state.setup}
            busy={busy}
            onCreate={operator.createTemplate}
            onSelect={operator.select}
          />
        </div>
      ) : null}
      <LiveRegion text={paneAnnouncement(state)} />
    </main>
  );
}
