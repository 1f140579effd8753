import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { OperatorActions } from '../../src/excel/operator-actions';
import { ErrorBar } from './components/ErrorBar';
import { ImportPanel } from './components/ImportPanel';
import { LiveRegion } from './components/LiveRegion';
import { PaneTabs, panelId, tabId } from './components/PaneTabs';
import { TemplatePanel } from './components/TemplatePanel';
import { TrackPanel } from './components/TrackPanel';
import { paneAnnouncement } from './state/announcement';
import type { ExcelWaitFeed } from './state/excel-wait-feed';
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
  title: { ...typographyStyles.subtitle2, margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface PaneProps {
  readonly actions: OperatorActions;
  readonly outcomes?: OutcomeFeed | undefined;
  readonly waits?: ExcelWaitFeed | undefined;
}

/**
 * The task pane: its flow lives in `useOperator`; every part below gets plain props.
 *
 * @example <Pane actions={fakeActions().actions} />
 */
export function Pane({ actions, outcomes, waits }: PaneProps) {
  const styles = useStyles();
  const operator = useOperator(actions, outcomes, waits);
  const { state, busy } = operator;
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>Campaign Operator</h1>
      {state.error === null ? null : <ErrorBar message={state.error} onDismiss={operator.dismissError} />}
      <PaneTabs selected={state.tab} onSelect={operator.chooseTab} />
      {state.tab === 'track' ? (
        <div role="tabpanel" id={panelId('track')} aria-labelledby={tabId('track')} className={styles.panel}>
          <TrackPanel operator={operator} />
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
            cancellable={operator.cancellable}
            excelWaiting={state.excelWaiting}
            onChoicesChange={operator.changeImportChoices}
            onImportFile={operator.importFile}
            onImportSelection={operator.importSelection}
            onImport={operator.confirmImport}
            onCancel={operator.cancelImport}
            onStop={operator.cancel}
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
