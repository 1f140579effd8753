import { FluentProvider, makeStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { OperatorActions } from '../../src/excel/operator-actions';
import { Pane } from './Pane';
import type { OutcomeFeed } from './state/outcome-feed';
import type { PaneTheme } from './theme/pane-theme';

const useStyles = makeStyles({
  root: { minHeight: '100vh', minWidth: 0, boxSizing: 'border-box' },
});

export interface AppProps {
  /** Everything the pane asks of Excel; the entry passes the Office host's, tests a fake. */
  readonly actions: OperatorActions;
  /** Office's theme, read by the entry (`themeForBackground`); components never read Office. */
  readonly theme: PaneTheme;
  /** Outcomes of runs started from the ribbon (the Office host's `ribbonOutcomes`), shown in the pane. */
  readonly outcomes?: OutcomeFeed | undefined;
}

/**
 * The Campaign Operator task pane.
 *
 * @example createRoot(element).render(<App actions={createOfficeActions()} theme="dark" />)
 */
export function App({ actions, theme, outcomes }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.root}>
      <Pane actions={actions} outcomes={outcomes} />
    </FluentProvider>
  );
}
